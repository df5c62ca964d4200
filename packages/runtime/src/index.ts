export { evaluate, evaluateFacts, evaluatePolicy, type EvalOptions } from "./evaluate.js";
export { evaluateAll, type StackOutcome } from "./evaluate-all.js";
export { applyStacking, type Stacked, type Superseded } from "./stacking.js";
export { factsSchema, validateFacts, type FactsValidation } from "./facts-schema.js";
export { DEFAULT_MAX_ITEMS, type FactsOptions } from "./facts-keys.js";
export { MAX_FACTS_DEPTH, MAX_IR_DEPTH } from "./json-depth.js";
export { checkPolicy } from "./check-ir.js";
export { runPolicyTests, type TestOutcome } from "./tests-runner.js";
export {
  Dec,
  amountUnit,
  type AmountUnit,
  formatAmount,
  formatIn,
  FACT_DIGITS,
  formatWan,
  formatYuan,
  parseDecimal,
  parseMoney,
  roundTo,
  type RoundingMode,
} from "./money.js";
export { expectedText } from "./fact-scalars.js";
export { EvaluationError } from "./values.js";
export type { FactRecord, FactScalar, FactsError, FactValue, NormalisedFacts } from "./facts.js";
export type {
  Award,
  Because,
  CitedRule,
  EvalOutcome,
  FactChange,
  FundingPart,
  InstalmentPart,
  IrError,
  Nearest,
  NonMonetary,
  NotAwarded,
  Pending,
  Result,
  Step,
  StepValue,
  ZeroAward,
} from "./result.js";
export {
  compileAmounts,
  type AmountsEvaluator,
  type AmountsOutcome,
  type AmountsResult,
  type AwardAmount,
} from "./js-emit/index.js";
export { runPolicyTestsWithCoverage, type Coverage, type CoverageRow, type CoverageRun } from "./coverage.js";
export { dueAndCeiling, dueAndCeilingText, totals, type AwardForTotals } from "./write-result.js";
export { type IrValidation, validatePolicy } from "./validate-ir.js";
export {
  policyOn,
  withAddedInputs,
  type AmendedClause,
  type Applied,
  type FilledParam,
  type Related,
} from "./library/consolidate.js";
export type { AddedPart, AmendmentRef, RemovedPart } from "./library/amendment-changes.js";
export { citeDatedParams } from "./library/cite-params.js";
export { evaluateWith, type LibraryOptions, type WithOutcome } from "./library/evaluate-with.js";
export {
  match,
  type Library,
  type Match,
  type MatchedAward,
  type MatchedPolicy,
  type MatchOutcome,
} from "./library/match.js";
export { applyPopulationLimits, hasPopulationLimits } from "./population/limits.js";
export type * from "./population/types.js";
export { CURRENCY_UNITS, literalCurrency } from "./value-units.js";
