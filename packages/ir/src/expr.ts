import { z } from "zod";
import { Span } from "./span.js";
import { ScalarKind } from "./types.js";

/**
 * A typed expression. Every node carries its scalar `type`, its source `span` and
 * `src`, the source text it was compiled from (used by explanations and diffs).
 */
export type Expr =
  | { k: "lit"; type: ScalarKind; value: string | boolean; src: string; span: Span }
  | { k: "fact"; path: string[]; type: ScalarKind; src: string; span: Span }
  | { k: "item"; var: string; path: string[]; type: ScalarKind; src: string; span: Span }
  | { k: "param"; name: string; type: ScalarKind; src: string; span: Span }
  | { k: "arith"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr; type: ScalarKind; src: string; span: Span }
  | { k: "neg"; expr: Expr; type: ScalarKind; src: string; span: Span }
  | {
      k: "cmp";
      op: ">=" | ">" | "<=" | "<" | "=" | "!=";
      left: Expr;
      right: Expr;
      type: "boolean";
      src: string;
      span: Span;
    }
  | { k: "and" | "or"; args: Expr[]; type: "boolean"; src: string; span: Span }
  | { k: "not"; expr: Expr; type: "boolean"; src: string; span: Span }
  | { k: "in"; expr: Expr; values: string[]; type: "boolean"; src: string; span: Span }
  | { k: "given"; expr: Expr; negate: boolean; type: "boolean"; src: string; span: Span }
  | { k: "call"; fn: CallFn; args: Expr[]; type: ScalarKind; src: string; span: Span }
  /** `if cond then a else b`: only the branch taken is evaluated */
  | { k: "if"; cond: Expr; then: Expr; else: Expr; type: ScalarKind; src: string; span: Span }
  /** `by key { "a", "b": x, 1: y, otherwise: z }` as a value: the first case whose key matches */
  | { k: "lookup"; key: Expr; cases: LookupCase[]; otherwise?: Expr; type: ScalarKind; src: string; span: Span }
  /** `amount per step of x` (`new since prev`): amount × whole steps of x (newly reached since prev) */
  | { k: "steps"; amount: Expr; step: Expr; of: Expr; since?: Expr; type: ScalarKind; src: string; span: Span }
  /** `date + 3 years`, `date - 90 days` (years and months end on the month's last day when it is shorter) */
  | { k: "dateShift"; date: Expr; op: "+" | "-"; count: Expr; unit: DateUnit; type: "date"; src: string; span: Span }
  /** `years between a and b`: whole units from a to b, counted by anniversary (negative when b < a) */
  | { k: "between"; unit: DateUnit; from: Expr; to: Expr; type: "integer"; src: string; span: Span }
  /** `award of clause`: that clause's amount for the same item (same list) or for the applicant (its sum) */
  | { k: "awardOf"; clause: string; type: "money"; src: string; span: Span };

/** The functions of the language: `min`, `max`, `floor`, `ceil` (to whole numbers), `year` (of a date). */
export type CallFn = "min" | "max" | "floor" | "ceil" | "year";
export type DateUnit = "years" | "months" | "days";
export interface LookupCase {
  match: string;
  value: Expr;
  span: Span;
}

const base = { src: z.string(), span: Span };
export const CALL_FNS = ["min", "max", "floor", "ceil", "year"] as const satisfies readonly CallFn[];
export const DATE_UNITS = ["years", "months", "days"] as const satisfies readonly DateUnit[];
const bool = z.literal("boolean");

export const Expr: z.ZodType<Expr> = z.lazy(() =>
  z.discriminatedUnion("k", [
    z.object({ k: z.literal("lit"), type: ScalarKind, value: z.union([z.string(), z.boolean()]), ...base }),
    z.object({ k: z.literal("fact"), path: z.array(z.string()).min(1), type: ScalarKind, ...base }),
    z.object({ k: z.literal("item"), var: z.string(), path: z.array(z.string()).min(1), type: ScalarKind, ...base }),
    z.object({ k: z.literal("param"), name: z.string(), type: ScalarKind, ...base }),
    z.object({
      k: z.literal("arith"),
      op: z.enum(["+", "-", "*", "/"]),
      left: Expr,
      right: Expr,
      type: ScalarKind,
      ...base,
    }),
    z.object({ k: z.literal("neg"), expr: Expr, type: ScalarKind, ...base }),
    z.object({
      k: z.literal("cmp"),
      op: z.enum([">=", ">", "<=", "<", "=", "!="]),
      left: Expr,
      right: Expr,
      type: bool,
      ...base,
    }),
    z.object({ k: z.enum(["and", "or"]), args: z.array(Expr).min(2), type: bool, ...base }),
    z.object({ k: z.literal("not"), expr: Expr, type: bool, ...base }),
    z.object({ k: z.literal("in"), expr: Expr, values: z.array(z.string()).min(1), type: bool, ...base }),
    z.object({ k: z.literal("given"), expr: Expr, negate: z.boolean(), type: bool, ...base }),
    z.object({ k: z.literal("call"), fn: z.enum(CALL_FNS), args: z.array(Expr).min(1), type: ScalarKind, ...base }),
    z.object({ k: z.literal("if"), cond: Expr, then: Expr, else: Expr, type: ScalarKind, ...base }),
    z.object({
      k: z.literal("lookup"),
      key: Expr,
      cases: z.array(z.object({ match: z.string(), value: Expr, span: Span })).min(1),
      otherwise: Expr.optional(),
      type: ScalarKind,
      ...base,
    }),
    z.object({
      k: z.literal("steps"),
      amount: Expr,
      step: Expr,
      of: Expr,
      since: Expr.optional(),
      type: ScalarKind,
      ...base,
    }),
    z.object({
      k: z.literal("dateShift"),
      date: Expr,
      op: z.enum(["+", "-"]),
      count: Expr,
      unit: z.enum(DATE_UNITS),
      type: z.literal("date"),
      ...base,
    }),
    z.object({
      k: z.literal("between"),
      unit: z.enum(DATE_UNITS),
      from: Expr,
      to: Expr,
      type: z.literal("integer"),
      ...base,
    }),
    z.object({ k: z.literal("awardOf"), clause: z.string(), type: z.literal("money"), ...base }),
  ]),
) as z.ZodType<Expr>;
