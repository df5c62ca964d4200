import type { Lang } from "@subsidia/messages";
import { Dec, formatAmount } from "@subsidia/runtime";
import { cliLang } from "./lang.js";

/** An amount of yuan as the report shows it: `10000000.00 元 (1000万元)` in English, `1000万元` in Chinese. */
export const money = (yuan: string | Dec, lang: Lang = cliLang()): string =>
  formatAmount(new Dec(yuan), lang === "zh" ? "wan" : "yuan");
