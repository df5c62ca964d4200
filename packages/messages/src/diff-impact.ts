import { translateFactsError } from "./facts-errors.js";
import type { Lang } from "./lang.js";
import { interpolate, type ParamsOf, type ParamValue, type PerLang } from "./template.js";

/**
 * The budget impact of `subsidia diff --population` as a pull-request comment (`--markdown`), in English and
 * Chinese; the text report's labels are the interface catalogue's `impact.*`.
 */
export const IMPACT_MD_EN = {
  title: "Budget impact over {applicants} applicants (`{file}`)",
  columns: "| | before (元) | after (元) | difference (元) |",
  summary:
    "Article rows include up-to ceilings. Gain {gain}, lose {lose}, same {same}; " +
    "with pending items {before} before, {after} after.",
  skipped: "Skipped {count|line|lines}: {lines}.",
  skippedLine: "{line} ({reason})",
  largestColumns: "| line | due before | due after | difference |",
} as const;

export type ImpactMdKey = keyof typeof IMPACT_MD_EN;

export const IMPACT_MD_ZH: Readonly<Record<ImpactMdKey, string>> = {
  title: "对 {applicants} 位申请人的预算影响（`{file}`）",
  columns: "| | 修改前（元） | 修改后（元） | 差额（元） |",
  summary: "各条金额含最高额。增加 {gain}，减少 {lose}，不变 {same}；有待定事项：修改前 {before}，修改后 {after}。",
  skipped: "跳过 {count} 行：{lines}。",
  skippedLine: "第 {line} 行（{reason}）",
  largestColumns: "| 行 | 修改前应付 | 修改后应付 | 差额 |",
};

const IMPACT_MD: PerLang<Readonly<Record<ImpactMdKey, string>>> = { en: IMPACT_MD_EN, zh: IMPACT_MD_ZH };

/** A line of the impact comment in a language, its parameters filled in. */
export function impactMd<K extends ImpactMdKey>(
  lang: Lang,
  key: K,
  params: { [P in ParamsOf<(typeof IMPACT_MD_EN)[K]>]: ParamValue },
): string {
  return interpolate(IMPACT_MD[lang][key], params, { terms: {}, or: (xs) => xs.join(", ") });
}

/** How the skipped lines of a population are listed: `2 (…); 3 (…)`, `第 2 行（…）；第 3 行（…）`. */
export const IMPACT_LIST: PerLang<string> = { en: "; ", zh: "；" };

/** `(and 2 more)` after the first problem of a line's facts. */
const MORE = / \(and (\d+) more\)$/;

const SKIP_ZH: [RegExp, (...m: string[]) => string][] = [
  [
    /^invalid facts(?: for the (old|new) version)?: (\S+): (.+)$/,
    (_, version, path, rest) => {
      const more = MORE.exec(rest!);
      const message = translateFactsError(more ? rest!.slice(0, more.index) : rest!, "zh");
      const which = version ? `（${version === "old" ? "旧" : "新"}版本）` : "";
      return `事实无效${which}：${path}：${message}${more ? `（另有 ${more[1]} 个问题）` : ""}`;
    },
  ],
  [/^cannot evaluate: (.+)$/, (_, rest) => `无法计算：${rest}`],
  [
    /^a line of more than (\d+) bytes, more than the limit of (\d+)$/,
    (_, n, max) => `一行超过 ${n} 字节，超出上限 ${max} 字节`,
  ],
  [/^(\d+) more lines? skipped$/, (_, n) => `另有 ${n} 行被跳过`],
];

/**
 * Why a line of a population was skipped (`invalid facts: projects[0].highTech: required fact is missing: …`), as the
 * impact's workers write it in English, in a report's language. Paths and values stay as written; a reason of an
 * unknown shape (the JSON parser's words) is shown as written.
 */
export function translateSkipReason(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [re, to] of SKIP_ZH) {
    const m = re.exec(reason);
    if (m) return to(...(m as unknown as string[]));
  }
  return reason;
}
