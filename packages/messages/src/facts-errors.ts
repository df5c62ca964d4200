import type { Lang } from "./lang.js";

/** A range after `a number`/`an integer`: ` from 1 to 3`, ` of at least 0`, ` of at most 10`. */
const RANGE_ZH: [RegExp, string][] = [
  [/ from (\S+) to (\S+)$/, "，取值 $1 至 $2"],
  [/ of at least (\S+)$/, "，不小于 $1"],
  [/ of at most (\S+)$/, "，不大于 $1"],
];

const range = (text: string): string => RANGE_ZH.reduce((t, [re, to]) => t.replace(re, to), text);

/** What a fact of a type must look like (`expectedText` in @subsidia/runtime), in Chinese. */
const EXPECTED_ZH: [RegExp, (...m: string[]) => string][] = [
  [/^a non-negative amount in yuan \(a number or a decimal string\)$/, () => "以元计的非负金额（数字或十进制数字串）"],
  [
    /^a percent \(a fraction such as 0\.3 or a string such as `30%`\)$/,
    () => "百分比（如 0.3 的小数，或如 `30%` 的字符串）",
  ],
  [/^a number \(a number or a decimal string\)(.*)$/, (_, r) => `数值（数字或十进制数字串）${range(r!)}`],
  [/^an integer(.*)$/, (_, r) => `整数${range(r!)}`],
  [/^`true` or `false`$/, () => "`true` 或 `false`"],
  [/^a date YYYY-MM-DD$/, () => "日期，格式为 年-月-日（如 2026-02-13）"],
  [/^a string$/, () => "字符串"],
  [/^one of (.*)$/, (_, v) => `${v!.replace(/`, `/g, "`、`")} 之一`],
  [/^a record \(an object\)$/, () => "记录（对象）"],
  [/^a list of records \(an array\)$/, () => "记录的列表（数组）"],
];

function expected(text: string): string {
  for (const [re, to] of EXPECTED_ZH) {
    const m = re.exec(text);
    if (m) return to(...(m as unknown as string[]));
  }
  return text;
}

const HINTS_ZH: [RegExp, string][] = [
  [/ \(not a calendar date\)$/, "（不是日历上的日期）"],
  [
    / \(more digits than amounts carry: at most (\d+) before the point and (\d+) after\)$/,
    "（位数超出金额能容纳的范围：小数点前至多 $1 位，小数点后至多 $2 位）",
  ],
];

/** A space before a value in backticks (`应为 \`true\` 或 \`false\``), none before Chinese (`应为整数`). */
const spaced = (text: string) => (text.startsWith("`") ? ` ${text}` : text);

/** A list of names in backticks, `…` at its end when shortened: joined the Chinese way. */
const names = (list: string) => list.replace(/`, (?=`|…)/g, "`、");

const MESSAGES_ZH: [RegExp, (...m: string[]) => string][] = [
  [/^required fact is missing: expected (.+)$/, (_, e) => `缺少必需的事实：应为${spaced(expected(e!))}`],
  [
    /^expected the facts as an object of named facts, got (.+)$/,
    (_, g) => `事实应为一个由具名事实组成的对象，实际为 ${g}`,
  ],
  [/^expected facts nested at most (\d+) levels deep$/, (_, n) => `事实的嵌套应至多 ${n} 层`],
  [/^expected a list of at most (\d+) items, got (\d+)$/, (_, n, g) => `列表应至多 ${n} 项，实际为 ${g} 项`],
  [/^unknown fact; did you mean (`.*`)\?$/, (_, w) => `未知的事实；是否想写 ${w}？`],
  [/^unknown fact; expected no facts here$/, () => "未知的事实；此处不应有事实"],
  [/^unknown fact; expected one of (.+)$/, (_, l) => `未知的事实；应为 ${names(l!)} 之一`],
  [
    /^expected (.+?), got (`.*`)( \(not a calendar date\)| \(more digits than amounts carry: .*\))?$/,
    (_, e, g, hint) =>
      `应为${spaced(expected(e!))}，实际为 ${g}${HINTS_ZH.reduce((t, [re, to]) => t.replace(re, to), hint ?? "")}`,
  ],
];

/**
 * A problem with the facts (`required fact is missing: expected \`true\` or \`false\``), as the runtime writes it in
 * English (the JSON output keeps it), in a report's language. The values quoted from the facts and the names of
 * facts stay as written; a message of an unknown shape is shown as the runtime wrote it.
 */
export function translateFactsError(message: string, lang: Lang): string {
  if (lang === "en") return message;
  for (const [re, to] of MESSAGES_ZH) {
    const m = re.exec(message);
    if (m) return to(...(m as unknown as string[]));
  }
  return message;
}
