import type { Lang } from "./lang.js";
import { interpolate, type ParamsOf, type ParamValue, type PerLang } from "./template.js";
import { UI_EN } from "./ui-en.js";
import { UI_ZH } from "./ui-zh.js";
import { OR } from "./words.js";

export type UiKey = keyof typeof UI_EN;
export type UiParams<K extends UiKey> = { [P in ParamsOf<(typeof UI_EN)[K]>]: ParamValue };

const UI: PerLang<Readonly<Record<UiKey, string>>> = { en: UI_EN, zh: UI_ZH };

/** A label of the CLI or the playground in a language, its parameters filled in. */
export function t<K extends UiKey>(
  lang: Lang,
  key: K,
  ...params: ParamsOf<(typeof UI_EN)[K]> extends never ? [] : [UiParams<K>]
): string {
  return interpolate(UI[lang][key], params[0] ?? {}, { terms: {}, or: OR[lang] });
}

/** A translator bound to one language: `const tr = translator("zh"); tr("report.due")`. */
export const translator =
  (lang: Lang) =>
  <K extends UiKey>(key: K, ...params: ParamsOf<(typeof UI_EN)[K]> extends never ? [] : [UiParams<K>]): string =>
    t(lang, key, ...params);

export type Translate = ReturnType<typeof translator>;

export { UI_EN, UI_ZH };
