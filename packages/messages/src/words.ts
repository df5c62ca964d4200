import type { Lang } from "./lang.js";
import { orList, type PerLang } from "./template.js";

/** How each language joins a list of alternatives: `a, b or c`; `a、b 或 c`. */
export const OR: PerLang<(items: readonly string[]) => string> = {
  en: orList(", ", " or "),
  zh: orList("、", " 或 "),
};

/** How each language joins a list of items: `a, b and c`; `a、b 和 c`. */
export const AND: PerLang<(items: readonly string[]) => string> = {
  en: orList(", ", " and "),
  zh: orList("、", " 和 "),
};

export const orFor = (lang: Lang) => OR[lang];
