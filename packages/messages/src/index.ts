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
export {
  DIFF_CHANGES_EN,
  DIFF_CHANGES_ZH,
  type DiffChangeKey,
  type DiffChangeMessage,
  type ChangeWords,
  type ChangeWordsMessage,
  diffMessage,
  translateChange,
} from "./diff-changes.js";
export {
  IMPACT_LIST,
  IMPACT_MD_EN,
  IMPACT_MD_ZH,
  type ImpactMdKey,
  impactMd,
  translateSkipReason,
} from "./diff-impact.js";
export { DIFF_PANEL_EN, DIFF_PANEL_ZH, type DiffPanelKey, changeKind, diffPanel } from "./diff-panel.js";
export { translateEvalError, translateJsonError } from "./eval-errors.js";
export { translateHelp, translateHelpProse } from "./cli-help.js";
export {
  UI_SERVICE_EN,
  UI_SERVICE_ZH,
  type ServiceKey,
  type ServiceMessage,
  serviceMessage,
} from "./ui-service.js";
