import { translateFactsError } from "./facts-errors.js";
import type { Lang } from "./lang.js";

const forItem = (item: string | undefined) => (item ? `（${item.trim().replace(/^for /, "")}）` : "");
const STATE: Record<string, string> = { "in force": "在有效期内", "not in force": "不在有效期内" };
type Amount = (yuan: string) => string;
const got = (text: string, amount: Amount) =>
  text
    .replace(/^no award$/, "无奖补")
    .replace(/^nothing pending$/, "无待定")
    .replace(/^an award of (\S+)$/, (_, a: string) => `奖补 ${amount(a)}`)
    .replace(/^pending \((.*)\)$/, "待定（$1）")
    .replace(/^-?\d+(\.\d+)?$/, (a) => amount(a));

/** The facts' problems as the test runner lists them (`path: message; path: message`), each message in Chinese. */
const problems = (list: string) =>
  list
    .split(/; (?=\S+: )/)
    .map((p) => p.replace(/^(\S+): (.*)$/, (_, path: string, m: string) => `${path}：${translateFactsError(m, "zh")}`))
    .join("；");

const FAILURES_ZH: [RegExp, (a: Amount, ...m: string[]) => string][] = [
  [/^expected total (\S+), got (\S+)$/, (a, _, e, g) => `应付合计应为 ${a(e!)}，实际为 ${a(g!)}`],
  [/^expected up-to total (\S+), got (\S+)$/, (a, _, e, g) => `含最高额合计应为 ${a(e!)}，实际为 ${a(g!)}`],
  [/^expected article (\d+) = (\S+), got (\S+)$/, (a, _, n, e, g) => `第${n}条应为 ${a(e!)}，实际为 ${a(g!)}`],
  [
    /^expected award (\S+?)( for `[^`]*`)? = (\S+), got (.+)$/,
    (a, _, c, i, e, g) => `奖补 ${c}${forItem(i)} 应为 ${a(e!)}，实际为 ${got(g!, a)}`,
  ],
  [/^expected (\S+) to be pending, got (.+)$/, (a, _, c, g) => `${c} 应为待定，实际为 ${got(g!, a)}`],
  [
    /^expected no award( \S+?)?( for `[^`]*`)?, got (.+)$/,
    (_a, _, c, i, g) => `应无奖补${c ?? ""}${forItem(i)}，实际为 ${g}`,
  ],
  [
    /^expected (in force|not in force), got (in force|not in force)$/,
    (_a, _, e, g) => `应${STATE[e!]}，实际${STATE[g!]}`,
  ],
  [/^expected invalid facts at (`.*`), but the facts are valid$/, (_a, _, p) => `事实应在 ${p} 处无效，但事实有效`],
  [/^expected invalid facts at (`.*`), got (.+)$/, (_a, _, p, g) => `事实应在 ${p} 处无效，实际为：${problems(g!)}`],
  [/^expected (\S+) but the facts are invalid: (.+)$/, (_a, _, k, g) => `应检查 ${k}，但事实无效：${problems(g!)}`],
];

/**
 * The failure of a policy test (`expected award rdGrant = 500000.00, got no award`), as the runtime writes it in
 * English (the JSON output keeps it), in the report's language, its amounts of yuan shown by `amount` (万元 in a
 * Chinese report); clause names and facts paths stay as written, and a failure of an unknown shape is shown as the
 * runtime wrote it.
 */
export function translateFailure(text: string, lang: Lang, amount: Amount = (yuan) => yuan): string {
  if (lang === "en") return text;
  for (const [re, to] of FAILURES_ZH) {
    const m = re.exec(text);
    if (m) return to(amount, ...(m as unknown as string[]));
  }
  return text;
}
