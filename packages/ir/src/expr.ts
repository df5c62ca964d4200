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
  | { k: "call"; fn: "min" | "max"; args: Expr[]; type: ScalarKind; src: string; span: Span };

const base = { src: z.string(), span: Span };
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
    z.object({
      k: z.literal("call"),
      fn: z.enum(["min", "max"]),
      args: z.array(Expr).min(1),
      type: ScalarKind,
      ...base,
    }),
  ]),
) as z.ZodType<Expr>;
