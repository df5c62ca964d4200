import type { Lang } from "./lang.js";
import { translator } from "./ui.js";

/**
 * The runtime writes explanation steps in English (they are part of the JSON output, which never changes);
 * reports translate their fixed phrases here, for the CLI and the playground alike. Policy source quoted in a
 * step (`30% of p.totalInvestment`) stays as written; a step of an unknown shape is shown as the runtime wrote it.
 */
const MODES: Record<string, Record<Lang, string>> = {
  "half up": { en: "half up", zh: "四舍五入" },
  "half even": { en: "half even", zh: "四舍六入五成双" },
  down: { en: "down", zh: "向下舍入" },
  up: { en: "up", zh: "向上舍入" },
};

/** `P art. 1 platformGrant for cv-1 (8000000.00)`, an award a stacked award was kept over, in Chinese. */
const KEPT_OVER = /(\S+) art\. (\d+) (\S+?)(?: for (\S+))? \(([^()]+)\)/g;

/** A value not given is translated also inside a comparison (`x not given >= 500000`); `is not given` is source. */
export function translateStep(text: string, lang: Lang): string {
  if (lang === "en") return text;
  const tr = translator(lang);
  const stacking = /^stacking (\S+)(?: \((.*)\))?: kept over (.+)$/.exec(text);
  if (stacking) {
    const [, rule, wording, over] = stacking;
    const overZh = over!.replace(
      KEPT_OVER,
      (_, policy: string, article: string, clause: string, item: string | undefined, amount: string) =>
        `${policy} ${tr("report.articleShort", { number: article })} ${clause}${item ? ` · ${item}` : ""}（${amount}）`,
    );
    return tr("step.keptOver", { rule: wording ? `${rule}（${wording}）` : rule!, over: overZh.replace(/, /g, "、") });
  }
  const wave2 = WAVE2_ZH.reduce((t, [re, to]) => t.replace(re, to), text);
  return wave2
    .replace(
      /^rounded to (\S+) (half up|half even|down|up): /,
      (_, unit: string, mode: string) => `${tr("step.rounded", { unit, mode: MODES[mode]?.[lang] ?? mode })}：`,
    )
    .replace(/^tier reached: /, `${tr("step.tierReached")}：`)
    .replace(/: reached, /, `：${tr("step.reached")}，`)
    .replace(/: not reached, /, `：${tr("step.notReached")}，`)
    .replace(/: not applied$/, `：${tr("step.notApplied")}`)
    .replace(/: case (\S+) → /, (_, m: string) => `：${tr("step.case")} ${m} → `)
    .replace(/: otherwise → /, `：${tr("step.otherwise")} → `)
    .replace(
      /: (true: then|false: else) → /g,
      (_, b: string) => `：${tr(b === "true: then" ? "step.ifThen" : "step.ifElse")} → `,
    )
    .replace(/ not given( [✓✗?])?$/, (_, mark: string | undefined) => ` ${tr("step.notGiven")}${mark ?? ""}`)
    .replace(/: not given /, `：${tr("step.notGiven")} `)
    .replace(/(?<! is) not given (?=[<>=!])/g, ` ${tr("step.notGiven")} `)
    .replace(/; where /, `；${tr("step.where")} `)
    .replace(
      / \(the value (from|before) (\S+), on (\S+)\)/g,
      (_, k: string, from: string, date: string) =>
        `（${tr(k === "from" ? "step.valueFrom" : "step.valueBefore", { from, date })}）`,
    )
    .replace(/the value (from|before) (\S+), on (\S+)/g, (_, k: string, from: string, date: string) =>
      tr(k === "from" ? "step.valueFrom" : "step.valueBefore", { from, date }),
    )
    .replace(
      / \((from|before) (\S+), on (\S+)\)/,
      (_, k: string, from: string, date: string) =>
        `（${tr(k === "from" ? "step.datedFrom" : "step.datedBefore", { from, date })}）`,
    );
}

/**
 * The phrases of the second wave's steps and reasons (history, `once`, `less received`, selection, ranges,
 * exclusions, a zero item's reason); amounts, dates and policy source stay as written.
 */
const WAVE2_ZH: [RegExp, string][] = [
  [/ over lifetime: received (.+?), (\S+) left/, "（终身累计）：已获 $1，剩余 $2"],
  [/ over (\d+) years: received (.+?), (\S+) left/, "（$1 年内累计）：已获 $2，剩余 $3"],
  [
    /^total cap (.+?) over (\d+) years, received (.+) of clause (\S+) reached \(sum (\S+)\): /,
    "总上限 $1（$2 年内累计，条款 $4 已获 $3）已达上限（合计 $5）：",
  ],
  [/ over lifetime used up: received (.+)$/, "（终身累计）已用完：已获 $1"],
  [/ over (\d+) years used up: received (.+)$/, "（$1 年内累计）已用完：已获 $2"],
  [/^less received: /, "扣除已获："],
  [/^already received (\S+) \((.+)\)$/, "已获 $1（$2）"],
  [/^tiers newly reached: /, "新达到的档位："],
  [/^once: already awarded on (\S+) \((\S+)\)/, "只奖励一次：已于 $1 获奖（$2）"],
  [/^subject to selection: top (\d+) by (.+)$/, "须经择优：按 $2 取前 $1 名"],
  [/^subject to selection: first (\d+) by (.+)$/, "须经择优：按 $2 取最先 $1 名"],
  [/^range: (\S+) to (\S+)$/, "区间：$1 至 $2"],
  [/^excluded \((.+)\): (.+) kept$/, "已排除（$1）：保留 $2"],
  [/^the amount comes to 0$/, "金额为 0"],
];

const KINDS: Record<string, string> = {
  condition: "条件",
  amount: "金额",
  tier: "档位",
  lookup: "查表",
  cap: "上限",
  uplift: "上浮",
  round: "舍入",
  "total-cap": "总上限",
  funding: "出资",
  stacking: "叠加",
};

/** The kind of a step (`cap`), as the playground labels it. */
export const stepKind = (kind: string, lang: Lang): string => (lang === "zh" ? (KINDS[kind] ?? kind) : kind);

const EXPECTED_ZH: [RegExp, string][] = [
  [/^at most (.+)$/, "至多 $1"],
  [/^more than (\S+) art\. (\d+) (\S+)$/, "须高于 $1 第$2条 $3 的奖补"],
  [/^more than (.+)$/, "多于 $1"],
  [/^one of (.+)$/, "$1 之一"],
  [/^from (\S+) to (\S+)$/, "$1 至 $2"],
  [/^article (\d+) in total at most (.+)$/, "第$1条合计至多 $2"],
  [/^clause (\S+) in total at most (.+)$/, "条款 $1 合计至多 $2"],
  [/^(.+) in total at most (.+)$/, "$1 合计至多 $2"],
  [/^at least one item$/, "至少一项"],
  [/^no items$/, "无事项"],
  [/^a value$/, "已提供"],
  [/^not given$/, "未提供"],
  [/^given$/, "已提供"],
  [/^an amount$/, "可计算的金额"],
  [/^none$/, "无"],
  [/^the highest of its group$/, "组内最高者"],
];

/** A plain amount in yuan as the runtime writes it (`900000`, `1234.5`). */
const YUAN = String.raw`(\d+(?:\.\d+)?)`;

/** The limits of a cap that bound, their amounts written by the caller (`90万元` in a Chinese report) or as given. */
const AMOUNTS_ZH: [RegExp, (amount: (yuan: string) => string, ...m: string[]) => string][] = [
  [
    new RegExp(`^at most ${YUAN} left of ${YUAN} over lifetime$`),
    (f, left, cap) => `剩余至多 ${f(left!)}（终身累计 ${f(cap!)}）`,
  ],
  [
    new RegExp(`^at most ${YUAN} left of ${YUAN} over (\\d+) years$`),
    (f, left, cap, years) => `剩余至多 ${f(left!)}（${years} 年内累计 ${f(cap!)}）`,
  ],
  [new RegExp(`^at most ${YUAN}$`), (f, cap) => `至多 ${f(cap!)}`],
];

/**
 * What a why-not reason saw or asks for (`at most 5000000`, `one of a, b`, `not given`), as the
 * runtime writes it in English; values and policy source inside stay as written. With `amount`,
 * the plain amounts of a cap's limit are written by it (a report's 万元).
 */
export function translateExpected(text: string, lang: Lang, amount?: (yuan: string) => string): string {
  if (lang === "en") return text;
  for (const [re, to] of AMOUNTS_ZH) {
    const m = re.exec(text);
    if (m) return to(amount ?? ((yuan) => yuan), ...m.slice(1));
  }
  for (const [re, to] of EXPECTED_ZH) if (re.test(text)) return text.replace(re, to);
  return text;
}
