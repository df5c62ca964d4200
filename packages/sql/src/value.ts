import { bin, caseWhen, int, isNull, or, type Sql } from "./ast.js";
import type { NumType } from "./numeric.js";

/**
 * The runtime's three-valued logic in SQL (`runtime/src/values.ts`, `operations.ts`). A value
 * is known, or unknown for a reason: an absent optional fact, or a parameter left to
 * implementing rules (pending); or its evaluation failed (an overflow, a division by zero).
 * The reason travels as an integer code beside the value:
 *
 * - `0` known; `1` absent (and, for an item, "nothing awarded");
 * - `2 + i`: pending with `Codes.reasons[i]`; `-1 - j`: failed with `Codes.errors[j]`.
 *
 * Most values need no code column: a value that is always known, or unknown only when absent
 * (SQL's NULL, whose `AND`, `OR`, `NOT` and comparisons are Kleene's), or always pending.
 */
export type State =
  | { k: "known" }
  /** absent exactly when the value is NULL */
  | { k: "nullable" }
  /** always this code (pending, absent or failed) */
  | { k: "fixed"; code: number }
  /** an integer code; the value counts only where it is 0 */
  | { k: "dyn"; code: Sql };

export type VType = { k: "num"; t: NumType } | { k: "bool" } | { k: "text" } | { k: "date" };

export interface Val {
  v: Sql;
  t: VType;
  st: State;
}

export const KNOWN: State = { k: "known" };
export const NULLABLE: State = { k: "nullable" };
export const ABSENT = 1;

/** The reasons and errors the codes of one query stand for. */
export class Codes {
  readonly reasons: string[] = [];
  readonly errors: string[] = [];

  pending(reason: string): number {
    let i = this.reasons.indexOf(reason);
    if (i < 0) i = this.reasons.push(reason) - 1;
    return 2 + i;
  }

  error(message: string): number {
    let i = this.errors.indexOf(message);
    if (i < 0) i = this.errors.push(message) - 1;
    return -1 - i;
  }
}

/** The state as an SQL integer code. */
export function codeOf(x: { v: Sql; st: State }): Sql {
  switch (x.st.k) {
    case "known":
      return int(0);
    case "nullable":
      return caseWhen([[isNull(x.v), int(ABSENT)]], int(0));
    case "fixed":
      return int(x.st.code);
    case "dyn":
      return x.st.code;
  }
}

const isInt = (s: Sql, pred: (n: number) => boolean) => s.k === "int" && pred(s.value);

/** `code < 0`, `code = 1`, `code <> 0`… folded when the code is a literal. */
export function codeTest(code: Sql, op: "<" | "=" | "<>" | ">=", n: number): Sql {
  if (code.k === "int") {
    const c = code.value;
    const r = op === "<" ? c < n : op === "=" ? c === n : op === "<>" ? c !== n : c >= n;
    return { k: "bool", value: r };
  }
  return bin(op, code, int(n));
}

/**
 * The code of several values read in order, all of them evaluated (`arith`, `compare`,
 * `min`): the first failure, else the first absent (`pick`), else the first pending, else 0.
 */
export function pickCode(codes: readonly Sql[]): Sql {
  const known = codes.filter((c) => !isInt(c, (n) => n === 0));
  if (known.length === 0) return int(0);
  if (known.length === 1) return known[0]!;
  const whens: [Sql, Sql][] = [];
  for (const c of known) whens.push([codeTest(c, "<", 0), c]);
  whens.push([or(...known.map((c) => codeTest(c, "=", ABSENT))), int(ABSENT)]);
  for (const c of known) whens.push([codeTest(c, "<>", 0), c]);
  return caseWhen(whens, int(0));
}

/** The first code that is not 0, in order (the steps of an item: the first that stops it decides). */
export function firstStop(codes: readonly Sql[]): Sql {
  const live = codes.filter((c) => !isInt(c, (n) => n === 0));
  if (live.length === 0) return int(0);
  const whens: [Sql, Sql][] = [];
  for (const c of live.slice(0, -1)) {
    if (c.k === "int") return whens.length === 0 ? c : caseWhen(whens, c);
    whens.push([codeTest(c, "<>", 0), c]);
  }
  return caseWhen(whens, live.at(-1)!);
}

/** A state from a code expression, simplified when the code is a literal. */
export function stateOf(code: Sql): State {
  if (code.k === "int") return code.value === 0 ? KNOWN : { k: "fixed", code: code.value };
  return { k: "dyn", code };
}

/**
 * The state of an operation that evaluates all its operands: known when all are, NULL-driven
 * when each is known or nullable (SQL propagates the NULL), else by code.
 */
export function strictState(args: readonly Val[], overflow: Sql | null, overflowCode: number): State {
  if (args.every((a) => a.st.k === "known") && !overflow) return KNOWN;
  if (args.every((a) => a.st.k === "known" || a.st.k === "nullable") && !overflow) return NULLABLE;
  const picked = pickCode(args.map(codeOf));
  if (!overflow) return stateOf(picked);
  return stateOf(
    caseWhen(
      [
        [codeTest(picked, "<>", 0), picked],
        [overflow, int(overflowCode)],
      ],
      int(0),
    ),
  );
}
