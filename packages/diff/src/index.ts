export { diffPolicies, type DiffOptions } from "./diff.js";
export { findWitness, type WitnessOptions } from "./witness.js";
export type { Change, ChangeKind, Outcome, PolicyDiff, TestsDelta, Witness } from "./types.js";
export type { ChangeMessage, DiffMessage, DiffMessageKey, DiffParam, DiffTerm } from "./wording.js";
export {
  Impact,
  type Added,
  type ApplicantChange,
  type ApplicantRef,
  type ArticleImpact,
  type ImpactPart,
  type ImpactSummary,
} from "./impact.js";
export type { Amounts, ResultAmounts } from "./impact-parts.js";
export { createSampler, samplePopulation } from "./sample.js";
export { Prng } from "./prng.js";
export { nearestFor, withNearMisses, type NearMissOptions } from "./near-miss.js";
export { oneMoreItem } from "./near-item.js";
export { applyChanges, parsePath, type FactJson } from "./fact-paths.js";
export { CLIFF_BANDS, CliffEdges, relativeMiss, type CliffRow, type CliffSummary } from "./cliff-edges.js";
