import type { Step } from "@subsidia/runtime";
import type { Lang, Translate } from "@subsidia/messages";

/**
 * The runtime writes explanation steps in English (they are part of the JSON output, which never changes);
 * the report translates their fixed phrases. Policy source quoted in a step (`30% of p.totalInvestment`) stays
 * as written. A step whose shape is not known here is shown as the runtime wrote it.
 */
const MODES: Record<string, Record<Lang, string>> = {
  "half up": { en: "half up", zh: "四舍五入" },
  "half even": { en: "half even", zh: "四舍六入五成双" },
  down: { en: "down", zh: "向下舍入" },
  up: { en: "up", zh: "向上舍入" },
};

export function translateStep(step: Step, lang: Lang, tr: Translate): string {
  if (lang === "en") return step.text;
  return step.text
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
