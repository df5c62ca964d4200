export { Dec, isDecimalText, NUMERIC_KINDS } from "./decimal.js";
export { constantValues, foldConstant, literalValue, NotConstant } from "./fold.js";
export { lower, planOf, type Lowered, type PlanIssue } from "./lower.js";
export { paramValueOn, pendingParams } from "./pending.js";
export { printPlan } from "./print.js";
export type * from "./types.js";
