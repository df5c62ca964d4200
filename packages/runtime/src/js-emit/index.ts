export { compileAmounts, type AmountsEvaluator } from "./compile-amounts.js";
export type { AmountsOutcome, AmountsResult, AwardAmount } from "./types.js";
