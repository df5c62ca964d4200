import type { ClauseStages } from "./compile-award-of.js";
import type { Expr } from "@subsidia/ir";
import type { Plan } from "@subsidia/plan";
import type { Sql } from "./ast.js";
import type { Layout } from "./layout.js";
import { type Num, SqlCompileError } from "./numeric.js";
import { type Codes, strictState, type Val, type VType } from "./value.js";

/** What a query compiles against: the plan, the facts' layout and the codes of unknowns. */
export interface Ctx {
  plan: Plan;
  layout: Layout;
  codes: Codes;
  /** the clauses compiled so far, by id, for `award of` */
  stages?: Map<string, ClauseStages>;
}

/** A column an expression reads, with its value type. */
export interface ColumnRef {
  sql: Sql;
  t: VType;
  optional: boolean;
  /** the declared values of an enum column */
  enumValues?: readonly string[];
}

/** Where an expression is read: the columns of the facts and of the current item, the date. */
export interface Scope {
  ctx: Ctx;
  /** where errors are reported: `art4.construction` (or "" outside a clause) */
  path: string;
  fact(path: readonly string[]): ColumnRef | null;
  item: { var: string; column(path: readonly string[]): ColumnRef | null } | null;
  /** the policy's date column, null without a validity window */
  date: Sql | null;
  /** a division that may be a truncated quotient (`compile-quotient.ts`): the top of a clause's amount */
  quotient?: { e: Expr; places: number } | null;
  /** `award of X` in a clause's stages */
  awardOf?: (e: Extract<Expr, { k: "awardOf" }>) => Val;
}

/** The declared values of an enum column, for a ColumnRef. */
export const enumOf = (c: { field: { type: { kind: string; values?: string[] } } }) =>
  c.field.type.kind === "enum" && c.field.type.values ? { enumValues: c.field.type.values } : {};

export const OVERFLOW = "an amount exceeds the 38 digits that SQL decimals hold exactly";

export function numOf(v: Val, e: { src: string }, s: Scope): Num {
  if (v.t.k !== "num") throw new SqlCompileError(`expected a number in \`${e.src}\``, s.path);
  return { sql: v.v, t: v.t.t, overflow: null };
}

/** A numeric result of an operation on `args`: its state covers theirs and its own overflow. */
export function fromNum(n: Num, args: readonly Val[], s: Scope): Val {
  const code = n.overflow ? s.ctx.codes.error(OVERFLOW) : 0;
  return { v: n.sql, t: { k: "num", t: n.t }, st: strictState(args, n.overflow, code) };
}
