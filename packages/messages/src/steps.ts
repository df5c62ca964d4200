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

export function translateStep(text: string, lang: Lang): string {
  if (lang === "en") return text;
  const tr = translator(lang);
  return text
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
    .replace(/ not given( [✓✗?])?$/, (_, mark: string | undefined) => ` ${tr("step.notGiven")}${mark ?? ""}`)
    .replace(/: not given /, `：${tr("step.notGiven")} `);
}

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
