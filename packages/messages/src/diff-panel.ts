import type { Lang } from "./lang.js";
import { interpolate, type ParamsOf, type ParamValue, type PerLang } from "./template.js";

/** The playground's compare panel (the saved and the edited version side by side), in English and Chinese. */
export const DIFF_PANEL_EN = {
  title: "Saved version ⟷ edited version",
  save: "Save the edited version",
  back: "Back to the editor",
  comparing: "comparing…",
  nothing: "nothing to compare",
  noChanges: "no changes: edit the policy, then compare",
  counts: "{behavioural|change|changes} of awards, {other} other",
  curves: "Award curves of both versions",
  curveNote: "art. {article} {clause} against {base}, for {whom} ({item})",
  forWitness: "the witness applicant",
  forFacts: "the facts",
  noItem: "no item",
  noCurve: "no clause with a money base to plot for this change",
  saved: "saved",
  edited: "edited",
  savedVersion: "saved version",
  editedVersion: "edited version",
  witness: "an applicant paid differently: saved {before} → edited {after}",
  useFacts: "use as facts",
  applicant: "the applicant",
  upTo: "up to {amount}",
  pending: "pending",
  notInForce: "not in force",
  none: "nothing",
  savedBroken: "the saved version does not compile",
  editedBroken: "the edited version has errors: fix them to compare",
} as const;

export type DiffPanelKey = keyof typeof DIFF_PANEL_EN;

export const DIFF_PANEL_ZH: Readonly<Record<DiffPanelKey, string>> = {
  title: "已保存版本 ⟷ 编辑中版本",
  save: "保存编辑中的版本",
  back: "返回编辑器",
  comparing: "正在比较…",
  nothing: "没有可比较的内容",
  noChanges: "没有变化：修改政策后再比较",
  counts: "{behavioural} 处奖补变化，{other} 处其他变化",
  curves: "两个版本的奖补曲线",
  curveNote: "第{article}条 {clause}，横轴为 {base}，{whom}（{item}）",
  forWitness: "见证申请人",
  forFacts: "当前事实",
  noItem: "无项目",
  noCurve: "此变化没有以金额为基数、可以绘制的条款",
  saved: "已保存",
  edited: "编辑中",
  savedVersion: "已保存版本",
  editedVersion: "编辑中版本",
  witness: "奖补不同的申请人：已保存 {before} → 编辑中 {after}",
  useFacts: "用作事实",
  applicant: "该申请人",
  upTo: "最高 {amount}",
  pending: "待定",
  notInForce: "不在有效期内",
  none: "无",
  savedBroken: "已保存的版本无法编译",
  editedBroken: "编辑中的版本有错误：修正后再比较",
};

const PANEL: PerLang<Readonly<Record<DiffPanelKey, string>>> = { en: DIFF_PANEL_EN, zh: DIFF_PANEL_ZH };

/** A label of the compare panel in a language, its parameters filled in. */
export function diffPanel<K extends DiffPanelKey>(
  lang: Lang,
  key: K,
  ...params: ParamsOf<(typeof DIFF_PANEL_EN)[K]> extends never
    ? []
    : [{ [P in ParamsOf<(typeof DIFF_PANEL_EN)[K]>]: ParamValue }]
): string {
  return interpolate(PANEL[lang][key], params[0] ?? {}, { terms: {}, or: (xs) => xs.join(", ") });
}

/** The kind of a change (`cap`, `clause-moved`) on its card, in Chinese; English shows the kind itself. */
const CHANGE_KINDS_ZH: Readonly<Record<string, string>> = {
  header: "政策信息",
  validity: "有效期",
  rounding: "舍入",
  stacking: "叠加",
  input: "事实",
  "param-added": "新增参数",
  "param-removed": "删除参数",
  "param-renamed": "参数更名",
  "param-value": "参数取值",
  "param-pending": "待定参数",
  "param-doc": "参数说明",
  "article-added": "新增条",
  "article-removed": "删除条",
  "article-title": "条标题",
  "article-text": "条原文",
  "article-units": "责任单位",
  "article-total-cap": "条总上限",
  "article-order": "条顺序",
  "clause-order": "条款顺序",
  "clause-added": "新增条款",
  "clause-removed": "删除条款",
  "clause-renamed": "条款更名",
  "clause-moved": "条款移动",
  "clause-title": "条款标题",
  "clause-text": "条款原文",
  "for-each": "逐项",
  condition: "条件",
  threshold: "门槛",
  "condition-order": "条件顺序",
  award: "奖补",
  amount: "金额",
  rate: "比例",
  base: "基数",
  tier: "档位",
  "lookup-case": "情形",
  "lookup-otherwise": "其他情形",
  basis: "金额性质",
  cap: "上限",
  "total-cap": "总上限",
  uplift: "上浮",
  "uplift-order": "上浮顺序",
  funding: "出资",
  "non-monetary": "非金额措施",
  "stack-key": "叠加归并键",
  range: "区间",
  history: "累计",
  schedule: "分期",
  selection: "择优",
  exclusion: "互斥",
  rule: "实施细则",
  "clause-part": "条款部分",
};

export const changeKind = (kind: string, lang: Lang): string =>
  lang === "zh" ? (CHANGE_KINDS_ZH[kind] ?? kind) : kind;
