import { assertNever, type Expr, type InputField } from "@subsidia/ir";
import type { Plan } from "@subsidia/plan";
import { literal } from "../literals.js";
import { absentValue, EvaluationError } from "../values.js";
import { prop, quote, type Source } from "./source.js";

/** How generated code reads a parameter: a constant (a literal value, a pending unknown) or a call. */
export type ParamAccess = { kind: "constant"; ref: string } | { kind: "call"; fn: string } | { kind: "unknown" };

/** What an expression may read where it is emitted. */
export interface Scope {
  src: Source;
  /**
   * the clause's item variable, the JS variable holding its record and the fields of its
   * list; null outside per-item clauses
   */
  item: { var: string; rec: string; fields?: readonly InputField[] } | null;
  params: ReadonlyMap<string, ParamAccess>;
  /** the constant holding the clause being evaluated (for `award of`); null outside a clause */
  clause?: string | null;
  plan: Plan;
}

const ARITH = new Set(["+", "-", "*", "/"]);
const CMP = new Set([">=", ">", "<=", "<", "=", "!="]);

/** A statement that throws the interpreter's error for this node when reached. */
function fail(s: Scope, message: string, e: Expr, out: string[]): string {
  out.push(`throw H.failure(${s.src.constant(message)}, ${s.src.constant(e)});`);
  return "undefined";
}

/** A literal, parsed once by the interpreter's own reader (same value, same error). */
function lit(e: Extract<Expr, { k: "lit" }>, s: Scope, out: string[]): string {
  try {
    return s.src.constant(literal(e));
  } catch (err) {
    if (!(err instanceof EvaluationError)) throw err;
    return fail(s, err.message, e, out);
  }
}

/** A path into a record: each step after the first checks that it still reads a record. */
const NUMERIC = new Set(["money", "percent", "number", "integer"]);

/** The type of the field at `names`, when it is a number of some kind (read from the JSON value when given as is). */
export function numericType(
  fields: readonly InputField[] | undefined,
  names: readonly string[],
): InputField["type"] | null {
  let here = fields;
  let type: InputField["type"] | null = null;
  for (const name of names) {
    const f = here?.find((x) => x.name === name);
    if (!f) return null;
    type = f.type;
    here = f.type.kind === "record" ? f.type.fields : undefined;
  }
  return type && NUMERIC.has(type.kind) ? type : null;
}

function path(root: string, names: readonly string[], e: Expr, s: Scope, out: string[]): string {
  const t = s.src.temp();
  out.push(names.length === 0 ? `let ${t} = ${root};` : `let ${t} = ${prop(root, names[0]!)};`);
  for (const name of names.slice(1)) out.push(`${t} = H.field(${t}, ${quote(name)});`);
  const type = numericType(root === "facts" ? s.plan.policy.inputs : s.item?.fields, names);
  if (type) out.push(`${t} = H.rawScalar(${t}, ${s.src.constant(type)});`);
  out.push(`${t} = H.scalar(${t}, ${s.src.constant(e)}, ${s.src.constant(absentValue(e.src))});`);
  return t;
}

function param(e: Extract<Expr, { k: "param" }>, s: Scope, out: string[]): string {
  const access = s.params.get(e.name);
  if (!access || access.kind === "unknown") return fail(s, `unknown parameter \`${e.name}\``, e, out);
  if (access.kind === "constant") return access.ref;
  const t = s.src.temp();
  out.push(`const ${t} = ${access.fn}(date);`);
  return t;
}

/** `and` / `or` in Kleene logic, evaluating arguments only until one decides (`logicArg`). */
function logic(e: Extract<Expr, { k: "and" | "or" }>, s: Scope, out: string[]): string {
  const decisive = e.k === "or";
  const t = s.src.temp();
  const u = s.src.temp();
  const label = s.src.temp();
  out.push(`let ${t} = ${!decisive};`, `const ${u} = { unknown: null };`, `${label}: {`);
  const body: string[] = [];
  for (const arg of e.args) {
    const v = emitExpr(arg, s, body);
    body.push(
      `if (H.logicArg(${v}, ${decisive}, ${s.src.constant(arg)}, ${u}) !== null) { ${t} = ${decisive}; break ${label}; }`,
    );
  }
  out.push(
    ...body.map((l) => `  ${l}`),
    "}",
    `if (${t} !== ${decisive} && ${u}.unknown !== null) ${t} = ${u}.unknown;`,
  );
  return t;
}

/** `if c then a else b`: only the branch taken is evaluated (`ifBranch`). */
function ifExpr(e: Extract<Expr, { k: "if" }>, s: Scope, out: string[]): string {
  const c = emitExpr(e.cond, s, out);
  const b = s.src.temp();
  const t = s.src.temp();
  const then: string[] = [];
  const v1 = emitExpr(e.then, s, then);
  const other: string[] = [];
  const v2 = emitExpr(e.else, s, other);
  out.push(
    `const ${b} = H.ifBranch(${c}, ${s.src.constant(e)});`,
    `let ${t};`,
    `if (${b} instanceof Unk) ${t} = ${b};`,
    `else if (${b} === ${s.src.constant(e.then)}) {`,
    ...indentLines([...then, `${t} = ${v1};`]),
    "} else {",
    ...indentLines([...other, `${t} = ${v2};`]),
    "}",
  );
  return t;
}

/** A lookup as a value: the case `lookupCase` chooses (by identity), evaluated alone. */
function lookupExpr(e: Extract<Expr, { k: "lookup" }>, s: Scope, out: string[]): string {
  const key = emitExpr(e.key, s, out);
  const ch = s.src.temp();
  const t = s.src.temp();
  out.push(
    `const ${ch} = H.lookupCase(${key}, ${s.src.constant(e)});`,
    `let ${t};`,
    `if (${ch} instanceof Unk) ${t} = ${ch};`,
  );
  for (const x of [...e.cases.map((c) => c.value), ...(e.otherwise ? [e.otherwise] : [])]) {
    const body: string[] = [];
    const v = emitExpr(x, s, body);
    out.push(`else if (${ch}.value === ${s.src.constant(x)}) {`, ...indentLines([...body, `${t} = ${v};`]), "}");
  }
  return t;
}

const indentLines = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/**
 * Emits the statements that evaluate `e` into `out` and returns the JavaScript expression
 * (a temporary or a constant) holding its value: a decimal, boolean, text or an `Unk`.
 * Evaluation order, short-circuits and errors are the interpreter's (`eval-expr.ts`).
 */
export function emitExpr(e: Expr, s: Scope, out: string[]): string {
  switch (e.k) {
    case "lit":
      return lit(e, s, out);
    case "fact":
      return path("facts", e.path, e, s, out);
    case "item":
      if (!s.item || s.item.var !== e.var) return fail(s, `\`${e.var}\` is not the item of this clause`, e, out);
      return path(s.item.rec, e.path, e, s, out);
    case "param":
      return param(e, s, out);
    case "arith": {
      if (!ARITH.has(e.op)) throw new Error(`unknown operator in the IR: ${quote(e.op)}`);
      const l = emitExpr(e.left, s, out);
      const r = emitExpr(e.right, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.arith(${quote(e.op)}, ${l}, ${r}, ${s.src.constant(e)});`);
      return t;
    }
    case "neg": {
      const v = emitExpr(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.negate(${v}, ${s.src.constant(e)});`);
      return t;
    }
    case "cmp": {
      if (!CMP.has(e.op)) throw new Error(`unknown comparison in the IR: ${quote(e.op)}`);
      const l = emitExpr(e.left, s, out);
      const r = emitExpr(e.right, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.compare(${quote(e.op)}, ${l}, ${r}, ${s.src.constant(e)});`);
      return t;
    }
    case "and":
    case "or":
      return logic(e, s, out);
    case "not": {
      const v = emitExpr(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.not(${v}, ${s.src.constant(e)});`);
      return t;
    }
    case "in": {
      const v = emitExpr(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.among(${v}, ${s.src.constant([...e.values])});`);
      return t;
    }
    case "given": {
      const v = emitExpr(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.given(${v}, ${e.negate === true});`);
      return t;
    }
    case "call": {
      const args = e.args.map((a) => emitExpr(a, s, out));
      const t = s.src.temp();
      const node = s.src.constant(e);
      if (e.fn === "min" || e.fn === "max")
        out.push(`const ${t} = H.minMax(${quote(e.fn)}, [${args.join(", ")}], ${node});`);
      else if (e.fn === "floor" || e.fn === "ceil")
        out.push(`const ${t} = H.rounded(${quote(e.fn)}, ${args[0]}, ${node});`);
      else if (e.fn === "year") out.push(`const ${t} = H.year(${args[0]}, ${node});`);
      else assertNever(e.fn, "function");
      return t;
    }
    case "if":
      return ifExpr(e, s, out);
    case "lookup":
      return lookupExpr(e, s, out);
    case "steps": {
      const [a, st, of] = [emitExpr(e.amount, s, out), emitExpr(e.step, s, out), emitExpr(e.of, s, out)];
      const since = e.since ? emitExpr(e.since, s, out) : "null";
      const t = s.src.temp();
      out.push(`const ${t} = H.steps(${a}, ${st}, ${of}, ${since}, ${s.src.constant(e)});`);
      return t;
    }
    case "dateShift": {
      const [d, n] = [emitExpr(e.date, s, out), emitExpr(e.count, s, out)];
      const t = s.src.temp();
      out.push(`const ${t} = H.dateShift(${d}, ${n}, ${s.src.constant(e)});`);
      return t;
    }
    case "between": {
      const [a, b] = [emitExpr(e.from, s, out), emitExpr(e.to, s, out)];
      const t = s.src.temp();
      out.push(`const ${t} = H.between(${a}, ${b}, ${s.src.constant(e)});`);
      return t;
    }
    case "awardOf": {
      if (!s.clause) return fail(s, `\`${e.src}\` is read outside a clause`, e, out);
      const t = s.src.temp();
      out.push(`const ${t} = X.amounts.read(${s.src.constant(e)}, ${s.clause}, ${s.item ? "id" : "undefined"});`);
      return t;
    }
    default:
      return assertNever(e, "expression");
  }
}
