import type { Expr } from "@subsidia/ir";
import { Dec, isDecimalText } from "@subsidia/plan";
import { and, bin, bool, caseWhen, cast, FALSE, int, isNull, NULL, not, or, str, TEXT, type Sql } from "./ast.js";
import { fromNum, numOf, OVERFLOW, type Scope } from "./scope.js";
import { common, literal, precision, typeOfValue } from "./numeric.js";
import {
  ABSENT,
  codeOf,
  codeTest,
  KNOWN,
  NULLABLE,
  pickCode,
  type State,
  stateOf,
  strictState,
  type Val,
} from "./value.js";

const BOOL = { k: "bool" } as const;
const simple = (vs: readonly Val[]) => vs.every((v) => v.st.k === "known" || v.st.k === "nullable");
const allKnown = (vs: readonly Val[]) => vs.every((v) => v.st.k === "known");

/** `l op r`: numbers in a common exact type, dates as dates, text by code point (`compareKnown`). */
export function compare(e: Extract<Expr, { k: "cmp" }>, l: Val, r: Val, s: Scope): Val {
  const op = e.op === "!=" ? "<>" : e.op;
  let a = l.v;
  let b = r.v;
  let overflow: Sql | null = null;
  if (l.t.k === "num" && r.t.k === "num") {
    const [x, y] = common([numOf(l, e.left, s), numOf(r, e.right, s)], s.path);
    a = x!.sql;
    b = y!.sql;
    overflow = x!.overflow ?? y!.overflow;
  } else if (l.t.k !== r.t.k) {
    // a date read as text (dates are ISO text in facts): compare as text
    if (l.t.k === "date") a = cast(a, TEXT);
    if (r.t.k === "date") b = cast(b, TEXT);
  }
  if ((l.t.k === "text" || r.t.k === "text") && op !== "=" && op !== "<>") {
    a = { k: "binaryText", e: a };
    b = { k: "binaryText", e: b };
  }
  const code = overflow ? s.ctx.codes.error(OVERFLOW) : 0;
  return { v: bin(op, a, b), t: BOOL, st: strictState([l, r], overflow, code) };
}

/**
 * `and` (decisive false) / `or` (decisive true) in Kleene logic, arguments read in order
 * until one decides (`logicArg`): SQL's own `AND` / `OR` when the only unknowns are NULLs.
 */
export function logic(decisive: boolean, args: readonly Val[]): Val {
  if (simple(args)) {
    const v = args.map((a) => a.v).reduce((x, y) => bin(decisive ? "OR" : "AND", x, y));
    return { v, t: BOOL, st: allKnown(args) ? KNOWN : NULLABLE };
  }
  const codes = args.map(codeOf);
  const decides = (a: Val, c: Sql) => and(codeTest(c, "=", 0), decisive ? a.v : not(a.v));
  const code: [Sql, Sql][] = [];
  const value: [Sql, Sql][] = [];
  args.forEach((a, i) => {
    const c = codes[i]!;
    code.push([codeTest(c, "<", 0), c], [decides(a, c), int(0)]);
    value.push([decides(a, c), bool(decisive)]);
  });
  return {
    v: caseWhen(value, bool(!decisive)),
    t: BOOL,
    st: stateOf(caseWhen(code, pickCode(codes))),
  };
}

export function notOf(a: Val): Val {
  return { v: not(a.v), t: BOOL, st: a.st };
}

/** `x in [...]`: the value's key text among the members (`among`, `keyText`). */
export function among(a: Val, members: readonly string[]): Val {
  return { v: matches(a, members), t: BOOL, st: a.st };
}

/** `x` equal to one of these key texts: numbers by value, booleans by `true`/`false`, the rest as text. */
export function matches(a: Val, members: readonly string[]): Sql {
  let values: Sql[];
  let x = a.v;
  if (a.t.k === "num") {
    const t = a.t.t;
    values = members
      .filter(isDecimalText)
      .map((m) => new Dec(m))
      .filter((d) => typeOfValue(d).int <= t.int && typeOfValue(d).scale <= t.scale)
      .map((d) => ({ k: "num", text: d.toFixed(), p: precision(t), s: t.scale }) as const);
  } else if (a.t.k === "bool") {
    values = members.filter((m) => m === "true" || m === "false").map((m) => bool(m === "true"));
  } else {
    if (a.t.k === "date") x = cast(x, TEXT);
    values = members.map(str);
  }
  if (values.length === 0) return a.st.k === "known" ? FALSE : caseWhen([[isNull(x), NULL]], FALSE);
  return values.length === 1 ? bin("=", x, values[0]!) : { k: "in", e: x, values };
}

/** `x is given` / `x is not given`: absent decides, a pending parameter stays pending (`given`). */
export function given(a: Val, negate: boolean): Val {
  const st: State = a.st;
  switch (st.k) {
    case "known":
      return { v: bool(!negate), t: BOOL, st: KNOWN };
    case "nullable":
      return { v: isNull(a.v, !negate), t: BOOL, st: KNOWN };
    case "fixed":
      return st.code === ABSENT ? { v: bool(negate), t: BOOL, st: KNOWN } : { v: NULL, t: BOOL, st };
    case "dyn": {
      const absent = codeTest(st.code, "=", ABSENT);
      return {
        v: caseWhen([[absent, bool(negate)]], bool(!negate)),
        t: BOOL,
        st: stateOf(caseWhen([[absent, int(0)]], st.code)),
      };
    }
  }
}

/** `min(…)` / `max(…)`: every argument read; NULL when any is absent (SQL's LEAST would skip it). */
export function minMax(e: Extract<Expr, { k: "call" }>, args: readonly Val[], s: Scope): Val {
  const nums = common(
    args.map((a, i) => numOf(a, e.args[i]!, s)),
    s.path,
  );
  const nullable = !allKnown(args);
  let m = nums[0]!.sql;
  for (const n of nums.slice(1)) {
    const better = bin(e.fn === "min" ? "<" : ">", n.sql, m);
    m = caseWhen([...(nullable ? [[or(isNull(m), isNull(n.sql)), NULL] as const] : []), [better, n.sql]], m);
  }
  const overflow = nums
    .map((n) => n.overflow)
    .reduce<Sql | null>((x, y) => (x && y ? bin("OR", x, y) : (x ?? y)), null);
  return fromNum({ sql: m, t: nums[0]!.t, overflow }, args, s);
}

export { literal };
