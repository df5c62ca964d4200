import type { Article, Expr } from "@subsidia/ir";
import type { ClausePair } from "./match.js";
import type { Change, ChangeKind } from "./types.js";
import type { ChangeMessage, DiffMessage } from "./wording.js";

/**
 * Where a witness for a behavioural change must show a difference: in one clause's
 * awards (searching first the facts the changed expressions read), in one article's,
 * in any award, in the clauses reading a parameter; or nowhere a single policy can show.
 */
export type Target =
  | { kind: "clause"; pair: ClausePair; exprs: readonly Expr[]; totals?: boolean }
  | { kind: "article"; before?: Article; after?: Article }
  | { kind: "policy" }
  | { kind: "param"; before?: string; after?: string }
  | { kind: "none"; note: string };

/** A change before its witness is searched. */
export interface Draft {
  change: Change;
  target?: Target;
}

export interface Where {
  article: number | null;
  clause: string | null;
}

export const POLICY: Where = { article: null, clause: null };

export interface Spec {
  summary: string;
  /** the summary's key and parameters */
  message: DiffMessage;
  before?: string | undefined;
  after?: string | undefined;
  note?: string;
  /** the note's key and parameters, given with `note` */
  noteMessage?: DiffMessage;
  /** the sides' words when they are not source text (`article 3`) */
  sides?: { before: DiffMessage; after: DiffMessage };
}

/** A change with no effect on any award. */
export function cosmetic(kind: ChangeKind, where: Where, spec: Spec): Draft {
  return { change: make(kind, where, false, spec) };
}

/** A change that can alter an award; `target` says where a witness must show it. */
export function behavioural(kind: ChangeKind, where: Where, spec: Spec, target: Target): Draft {
  return { change: make(kind, where, true, spec), target };
}

function make(kind: ChangeKind, where: Where, isBehavioural: boolean, spec: Spec): Change {
  return {
    kind,
    article: where.article,
    clause: where.clause,
    behavioural: isBehavioural,
    summary: spec.summary,
    message: messageOf(spec),
    ...(spec.before !== undefined ? { before: spec.before } : {}),
    ...(spec.after !== undefined ? { after: spec.after } : {}),
    ...(spec.note !== undefined ? { note: spec.note } : {}),
  };
}

function messageOf(spec: Spec): ChangeMessage {
  return {
    ...spec.message,
    ...(spec.sides ?? {}),
    ...(spec.noteMessage !== undefined ? { notes: [spec.noteMessage] } : {}),
  };
}

/** `a` → `b` for a summary, each side quoted; `(none)` when a side is absent. */
export function arrow(a: string | undefined, b: string | undefined): string {
  return `${a !== undefined ? `\`${a}\`` : "(none)"} → ${b !== undefined ? `\`${b}\`` : "(none)"}`;
}
