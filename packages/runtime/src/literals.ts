import type { Expr } from "@subsidia/ir";
import { literalValue, NotConstant } from "@subsidia/plan";
import { type Dec, plain, withSource } from "./money.js";
import { EvaluationError, showValue, type Value } from "./values.js";

type Literal = Extract<Expr, { k: "lit" }>;

/**
 * A literal's value, parsed once per IR node (decimals are immutable), and its texts once made:
 * `plain` (or `showValue`, the same text for a decimal) and `withSource` of the value.
 */
interface Entry {
  value: Value;
  plain: string | undefined;
  sourced: string | undefined;
}

const entries = new WeakMap<Expr, Entry>();

/**
 * The entry read last: a step reads its literal's value, then its texts (`cap 1000万元 (10000000)`),
 * and this spares those reads the weak map's lookup.
 */
let lastNode: Expr | null = null;
let lastEntry: Entry | null = null;

function entryOf(e: Literal): Entry {
  if (e === lastNode) return lastEntry!;
  let entry = entries.get(e);
  if (entry === undefined) {
    let value: Value;
    try {
      value = literalValue(e);
    } catch (err) {
      if (err instanceof NotConstant) throw new EvaluationError(err.message, e.span);
      throw err;
    }
    entry = { value, plain: undefined, sourced: undefined };
    entries.set(e, entry);
  }
  lastNode = e;
  lastEntry = entry;
  return entry;
}

/** The value of a literal, for every evaluator; a malformed one is an evaluation error at its span. */
export function literal(e: Literal): Value {
  return entryOf(e).value;
}

/** `plain(v)` of the value `v` of `e`, made once when `e` is a literal. */
export function plainOf(e: Expr, v: Dec): string {
  if (e.k !== "lit") return plain(v);
  const entry = entryOf(e);
  entry.plain ??= plain(v);
  return entry.plain;
}

/** `withSource(e, v)` of the value `v` of `e`, made once when `e` is a literal. */
export function sourcedOf(e: Expr, v: Dec): string {
  if (e.k !== "lit") return withSource(e, v);
  const entry = entryOf(e);
  entry.sourced ??= withSource(e, v);
  return entry.sourced;
}

/** `showValue` of a literal's value, made once per IR node. */
export function literalShown(e: Literal): string {
  const entry = entryOf(e);
  entry.plain ??= showValue(entry.value);
  return entry.plain;
}
