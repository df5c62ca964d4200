import type { PolicyDiff } from "@subsidia/diff";
import type { Policy, Span } from "@subsidia/ir";
import type { Applied, EvalOutcome } from "@subsidia/runtime";
import type { Diagnostic } from "@subsidia/syntax";
import type { Curve, CurveOption } from "./curve-types.js";

/** Which clause and which item of its list the award curve sweeps. */
export interface CurveChoice {
  clause: string;
  item: number;
}

/** A rule, amendment or vocabulary written beside the policy: `file` names it in diagnostics. */
export interface LibraryDoc {
  file: string;
  text: string;
}

/** One re-check: the policy text, the facts as plain JSON and the curve to draw. */
export interface CheckRequest {
  kind: "check";
  id: number;
  text: string;
  file: string;
  facts: unknown;
  curve?: CurveChoice | undefined;
  /** the page's language, for the labels the engine writes */
  lang?: string | undefined;
  /** the rules and amendments the policy is evaluated with (docs/library.md); none: the policy alone */
  library?: LibraryDoc[] | undefined;
}

/** Everything the page shows after a re-check; plain data, so it crosses to and from a worker. */
export interface Snapshot {
  kind: "check";
  id: number;
  /** the text this snapshot was computed from */
  text: string;
  /** milliseconds spent parsing and compiling (0 when the text had not changed) */
  checkMs: number;
  /** milliseconds spent validating the facts and evaluating */
  evalMs: number;
  diagnostics: Diagnostic[];
  /** the compiled policy, when the text has no errors */
  policy?: Policy | undefined;
  /** absent when the policy did not compile */
  outcome?: EvalOutcome | undefined;
  curveOptions: CurveOption[];
  curve?: Curve | undefined;
  /** with a library: the diagnostics of its documents, and the rules and amendments applied */
  libraryDiagnostics?: Diagnostic[] | undefined;
  applied?: Applied | undefined;
  /** a bug in a package, caught so that the page goes on */
  failure?: string | undefined;
}

/** Compare two versions of a policy: the saved one and the edited one. */
export interface DiffRequest {
  kind: "diff";
  id: number;
  before: string;
  after: string;
  file: string;
  facts: unknown;
  /** the change whose clause the curves show (an index into the changes) */
  focus?: number | undefined;
  /** the clause to plot when the focused change names none */
  curve?: CurveChoice | undefined;
  /** the page's language, for the labels the engine writes (the curves' legend, why there is no diff) */
  lang?: string | undefined;
}

export interface DiffSnapshot {
  kind: "diff";
  id: number;
  /** why there is no diff: a version that does not compile */
  problem?: string | undefined;
  diff?: PolicyDiff | undefined;
  /** for each change, where it is in each version (the clause, article or parameter) */
  spans: { before: Span | null; after: Span | null; exactBefore: Span | null; exactAfter: Span | null }[];
  /** the award curves of both versions for the focused change's clause */
  curve?: Curve | undefined;
  /** the applicant the curves are drawn for */
  curveFacts?: "witness" | "facts" | undefined;
}

export type Request = CheckRequest | DiffRequest;
export type Response = Snapshot | DiffSnapshot;
