export { LANGS, type Lang, isLang, langOfLocale, chooseLang } from "./lang.js";
export {
  type ParamsOf,
  type Term,
  type ParamValue,
  type Params,
  type Words,
  type PerLang,
  term,
  isTerm,
  paramNames,
  renderValue,
  interpolate,
  orList,
} from "./template.js";
export { OR, AND } from "./words.js";
export { t, translator, type Translate, type UiKey, UI_EN, UI_ZH } from "./ui.js";
export { stepKind, translateExpected, translateStep } from "./steps.js";
export { translateFailure } from "./failures.js";
export { translateFactsError } from "./facts-errors.js";
export { translateEvalError, translateJsonError } from "./eval-errors.js";
export { translateHelp, translateHelpProse } from "./cli-help.js";
