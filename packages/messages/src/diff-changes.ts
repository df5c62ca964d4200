import type { Lang } from "./lang.js";
import { interpolate, type Params, type PerLang, type Words } from "./template.js";

/**
 * The words of a semantic diff's changes (`subsidia diff`, the playground's comparison). @subsidia/diff
 * gives each change its English `summary` (the JSON output keeps it) and the same words as a key and
 * parameters (`message`), which these catalogues render in a language. Parameters are policy source,
 * names and amounts, shown as written; words such as `raised` are terms, translated from `DIFF_TERMS`.
 */
export const DIFF_CHANGES_EN = {
  threshold: "threshold {direction}: {before} → {after}",
  "condition-changed": "condition changed: {before} → {after}",
  "condition-removed": "condition removed: {condition}",
  "condition-added": "condition added: {condition}",
  "conditions-reordered": "conditions reordered or regrouped",
  cap: "cap {direction}: {before} → {after}",
  "cap-removed": "cap removed: {amount}",
  "cap-added": "cap added: {amount}",
  "total-cap": "total cap {direction}: {before} → {after}",
  "total-cap-removed": "total cap removed: {amount}",
  "total-cap-added": "total cap added: {amount}",
  "uplift-order": "uplift {rate} now applies {order} instead of {was}",
  uplift: "uplift {direction}: {before} → {after}",
  "uplift-removed": "uplift removed: {uplift}",
  "uplift-added": "uplift added: {uplift}",
  "clause-added": "clause added",
  "clause-removed": "clause removed",
  "clause-renamed": "clause renamed: {before} → {after}",
  "clause-moved": "clause moved from article {from} to article {to}",
  "article-side": "article {number}",
  "title-changed": "title changed",
  "text-changed": "cited text changed",
  "for-each-list": "now paid for each item of {list}",
  "for-each-once": "now paid once per applicant",
  "item-variable-renamed": "item variable renamed: {before} → {after}",
  basis: "basis {before} → {after}",
  "funding-changed": "funding split changed",
  "now-non-monetary": "now a non-monetary measure",
  "no-longer-non-monetary": "no longer a non-monetary measure",
  "non-monetary-reworded": "non-monetary reason reworded",
  "stack-key-changed": "stack key changed",
  "range-changed": "range (low end) changed",
  "history-caps-changed": "caps across years changed",
  "once-changed": "once changed",
  "less-received-changed": "less received changed",
  "schedule-changed": "payment schedule changed",
  "selection-changed": "selection changed",
  "one-per-changed": "one per … keep highest changed",
  "rules-changed": "cited rules changed",
  "part-changed": "{part} changed",
  "award-added": "award added",
  "award-removed": "award removed",
  "award-changed": "award changed",
  amount: "amount {direction}: {before} → {after}",
  rate: "rate {direction}: {before} → {after}",
  "base-changed": "base changed: {before} → {after}",
  "tier-base-changed": "tier base changed: {before} → {after}",
  "lookup-key-changed": "lookup key changed: {before} → {after}",
  "tier-amount": "tier amount {direction}: {before} → {after}",
  "tier-bound": "tier bound {direction}: {before} → {after}",
  "tier-changed": "tier changed: {before} → {after}",
  "tier-removed": "tier removed: {tier}",
  "tier-added": "tier added: {tier}",
  case: "case {match} {direction}: {before} → {after}",
  "case-removed": "case removed: {case}",
  "case-added": "case added: {case}",
  "otherwise-changed": "otherwise {before} → {after}",
  "otherwise-removed": "otherwise removed",
  "otherwise-added": "otherwise added: {amount}",
  "article-added": "article {number} added",
  "article-removed": "article {number} removed",
  "articles-reordered": "articles reordered",
  "clauses-reordered": "clauses reordered",
  "units-changed": "responsible units changed",
  "exclusive-changed": "exclusive groups changed",
  "budget-changed": "budget changed",
  "id-changed": "id changed",
  "issuer-changed": "issuer changed",
  "issued-changed": "issued changed",
  "source-changed": "source changed",
  "validity-changed": "in-force window changed",
  "rounding-changed": "rounding changed",
  "stacking-rule": "stacking {before} → {after}",
  "stacking-wording": "stacking wording changed",
  "input-added": "input {name} added",
  "input-removed": "input {name} removed",
  "input-changed": "input {name} changed",
  "input-doc": "input {name}: description changed",
  "input-currency": "input {name}: currency changed: {currencies}",
  "param-renamed": "parameter renamed: {before} → {after}",
  "param-valued": "pending parameter {name} now has a value",
  "param-now-pending": "parameter {name} is now pending",
  "param-changed": "parameter {name} changed",
  "param-doc": "parameter {name}: description changed",
  "param-added": "parameter {name} added",
  "param-removed": "parameter {name} removed",
  "note.moved": "its awards now count towards the other article",
  "note.stackKey": "the stack key only matters when several policies are evaluated together: no single-policy witness",
  "note.schedule": "instalments change when an award is paid, not its amount: no witness",
  "note.selection": "a selection among applicants shows only in a population run: no single-applicant witness",
  "note.unknownPart": "a part of the clause this version of Subsidia does not know: compared as data, no witness",
  "note.budget": "a budget over all applicants shows only in a population run: no single-applicant witness",
  "note.clauseOrder": "the article's total cap reduces the later clauses first",
  "note.stacking": "stacking only applies when several policies are evaluated together: no single-policy witness",
  "note.currency":
    "the same figure is now an amount in another currency: an applicant gives its facts in the new one; " +
    "one who gives the same figures is paid alike, so no applicant can witness it",
  "note.inputs": "changes which facts are accepted",
  "note.params": "read by no clause unless a clause changed too",
  "note.nonMonetary": "a non-monetary measure: no award changes",
  "note.amountsCurrency":
    "its amounts are now in {after} instead of {before}: the same figures are other amounts of money",
  "note.noWitness": "no applicant among {tried} candidates built from both versions' breakpoints is paid differently",
} as const;

export type DiffChangeKey = keyof typeof DIFF_CHANGES_EN;

/** The same keys in Chinese, with the vocabulary of the reports (奖补, 条款, 第N条, 上限, 上浮, 档位, 情形). */
export const DIFF_CHANGES_ZH: Readonly<Record<DiffChangeKey, string>> = {
  threshold: "门槛{direction}：{before} → {after}",
  "condition-changed": "条件修改：{before} → {after}",
  "condition-removed": "删除条件：{condition}",
  "condition-added": "新增条件：{condition}",
  "conditions-reordered": "条件的顺序或组合调整",
  cap: "上限{direction}：{before} → {after}",
  "cap-removed": "删除上限：{amount}",
  "cap-added": "新增上限：{amount}",
  "total-cap": "总上限{direction}：{before} → {after}",
  "total-cap-removed": "删除总上限：{amount}",
  "total-cap-added": "新增总上限：{amount}",
  "uplift-order": "上浮 {rate} 改为{order}计算（原为{was}）",
  uplift: "上浮{direction}：{before} → {after}",
  "uplift-removed": "删除上浮：{uplift}",
  "uplift-added": "新增上浮：{uplift}",
  "clause-added": "新增条款",
  "clause-removed": "删除条款",
  "clause-renamed": "条款更名：{before} → {after}",
  "clause-moved": "条款从第{from}条移至第{to}条",
  "article-side": "第{number}条",
  "title-changed": "标题修改",
  "text-changed": "引用原文修改",
  "for-each-list": "改为对 {list} 的每一项分别奖补",
  "for-each-once": "改为每个申请人奖补一次",
  "item-variable-renamed": "项目变量更名：{before} → {after}",
  basis: "金额性质：{before} → {after}",
  "funding-changed": "出资分担修改",
  "now-non-monetary": "改为无可计算金额的措施",
  "no-longer-non-monetary": "不再是无可计算金额的措施",
  "non-monetary-reworded": "无可计算金额措施的说明修改",
  "stack-key-changed": "叠加归并键修改",
  "range-changed": "区间（下限）修改",
  "history-caps-changed": "跨年度累计上限修改",
  "once-changed": "只奖励一次的规定修改",
  "less-received-changed": "扣除已获奖补的规定修改",
  "schedule-changed": "分期拨付安排修改",
  "selection-changed": "择优规定修改",
  "one-per-changed": "同类只取最高者的规定修改",
  "rules-changed": "引用的实施细则修改",
  "part-changed": "{part} 修改",
  "award-added": "新增奖补",
  "award-removed": "删除奖补",
  "award-changed": "奖补方式修改",
  amount: "金额{direction}：{before} → {after}",
  rate: "比例{direction}：{before} → {after}",
  "base-changed": "计算基数修改：{before} → {after}",
  "tier-base-changed": "分档基数修改：{before} → {after}",
  "lookup-key-changed": "查表依据修改：{before} → {after}",
  "tier-amount": "档位金额{direction}：{before} → {after}",
  "tier-bound": "档位门槛{direction}：{before} → {after}",
  "tier-changed": "档位修改：{before} → {after}",
  "tier-removed": "删除档位：{tier}",
  "tier-added": "新增档位：{tier}",
  case: "情形 {match} 金额{direction}：{before} → {after}",
  "case-removed": "删除情形：{case}",
  "case-added": "新增情形：{case}",
  "otherwise-changed": "其他情形修改：{before} → {after}",
  "otherwise-removed": "删除其他情形",
  "otherwise-added": "新增其他情形：{amount}",
  "article-added": "新增第{number}条",
  "article-removed": "删除第{number}条",
  "articles-reordered": "各条顺序调整",
  "clauses-reordered": "条款顺序调整",
  "units-changed": "责任单位修改",
  "exclusive-changed": "互斥组修改",
  "budget-changed": "预算修改",
  "id-changed": "政策编号修改",
  "issuer-changed": "发文机关修改",
  "issued-changed": "印发日期修改",
  "source-changed": "文件出处修改",
  "validity-changed": "有效期修改",
  "rounding-changed": "舍入规则修改",
  "stacking-rule": "叠加规则：{before} → {after}",
  "stacking-wording": "叠加规则的表述修改",
  "input-added": "新增事实 {name}",
  "input-removed": "删除事实 {name}",
  "input-changed": "事实 {name} 的声明修改",
  "input-doc": "事实 {name} 的说明修改",
  "input-currency": "事实 {name} 的币种修改：{currencies}",
  "param-renamed": "参数更名：{before} → {after}",
  "param-valued": "待定参数 {name} 已有取值",
  "param-now-pending": "参数 {name} 改为待定",
  "param-changed": "参数 {name} 的取值修改",
  "param-doc": "参数 {name} 的说明修改",
  "param-added": "新增参数 {name}",
  "param-removed": "删除参数 {name}",
  "note.moved": "其奖补改计入另一条",
  "note.stackKey": "叠加归并键只在多项政策合并计算时起作用：单项政策没有见证",
  "note.schedule": "分期安排改变的是拨付时间而非金额：没有见证",
  "note.selection": "申请人之间的择优只在总体测算中体现：没有单个申请人的见证",
  "note.unknownPart": "当前版本不认识的条款部分：按数据比较，没有见证",
  "note.budget": "面向全部申请人的预算只在总体测算中体现：没有单个申请人的见证",
  "note.clauseOrder": "本条总上限先扣减排在后面的条款",
  "note.stacking": "叠加规则只在多项政策合并计算时适用：单项政策没有见证",
  "note.currency": "同一数字现为另一币种的金额：申请人按新币种填报事实；填报相同数字者所获相同，因此没有申请人能作见证",
  "note.inputs": "改变了接受哪些事实",
  "note.params": "除非条款也有修改，否则没有条款读取它",
  "note.nonMonetary": "无可计算金额的措施：不改变任何奖补",
  "note.amountsCurrency": "其金额现以 {after} 计，原以 {before} 计：相同的数字是不同的金额",
  "note.noWitness": "由两个版本的临界点构造的 {tried} 个候选申请人中，没有人所获奖补不同",
};

/** The terms a change's parameters name: a direction, where an uplift applies, a basis. */
const DIFF_TERMS: PerLang<Readonly<Record<string, string>>> = {
  en: {
    raised: "raised",
    lowered: "lowered",
    changed: "changed",
    "before-cap": "before cap",
    "after-cap": "after cap",
    exact: "exact",
    "up-to": "up-to",
    range: "range",
  },
  zh: {
    raised: "上调",
    lowered: "下调",
    changed: "修改",
    "before-cap": "在上限之前",
    "after-cap": "在上限之后",
    exact: "确定金额",
    "up-to": "最高额（一事一议）",
    range: "区间",
  },
};

const CATALOGUES: PerLang<Readonly<Record<DiffChangeKey, string>>> = { en: DIFF_CHANGES_EN, zh: DIFF_CHANGES_ZH };

/** How the notes of one change are joined. */
const NOTE_SEPARATOR: PerLang<string> = { en: "; ", zh: "；" };

/** A key and its parameters, as @subsidia/diff writes them (`Change["message"]`). */
export interface DiffChangeMessage {
  key: DiffChangeKey;
  params: Params;
}

/** The words of one change: its summary, a side that is not source text (`article 3`), its notes. */
export interface ChangeWordsMessage extends DiffChangeMessage {
  before?: DiffChangeMessage;
  after?: DiffChangeMessage;
  notes?: readonly DiffChangeMessage[];
}

/** What a report shows of a change in words; `before` and `after` are source text unless the message says them. */
export interface ChangeWords {
  summary: string;
  before?: string;
  after?: string;
  note?: string;
}

/** One key in a language, its parameters filled in. */
export function diffMessage(m: DiffChangeMessage, lang: Lang): string {
  const words: Words = { terms: DIFF_TERMS[lang], or: (xs) => xs.join(", ") };
  return interpolate(CATALOGUES[lang][m.key], m.params, words);
}

/**
 * A change of @subsidia/diff in a language: its summary, its notes and any side that is not source text.
 * A change without `message` (a diff written by an older version) is shown in English as it was written.
 */
export function translateChange(
  c: { summary: string; before?: string; after?: string; note?: string; message?: ChangeWordsMessage },
  lang: Lang,
): ChangeWords {
  const m = c.message;
  const side = (own: DiffChangeMessage | undefined, text: string | undefined) =>
    own !== undefined ? diffMessage(own, lang) : text;
  const before = m ? side(m.before, c.before) : c.before;
  const after = m ? side(m.after, c.after) : c.after;
  const note = m?.notes !== undefined ? m.notes.map((n) => diffMessage(n, lang)).join(NOTE_SEPARATOR[lang]) : c.note;
  return {
    summary: m ? diffMessage(m, lang) : c.summary,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}
