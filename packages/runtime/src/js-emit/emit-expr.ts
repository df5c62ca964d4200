import { assertNever, type Expr } from "@subsidia/ir";
import { literal } from "../literals.js";
import { absentValue, EvaluationError } from "../values.js";
import { prop, quote, type Source } from "./source.js";

/** How generated code reads a parameter: a constant (a literal value, a pending unknown) or a call. */
export type ParamAccess = { kind: "constant"; ref: string } | { kind: "call"; fn: string } | { kind: "unknown" };

/** What an expression may read where it is emitted. */
export interface Scope {
  src: Source;
  /** the clause's item variable and the JS variable holding its record; null outside per-item clauses */
  item: { var: string; rec: string } | null;
  params: ReadonlyMap<string, ParamAccess>;
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
function path(root: string, names: readonly string[], e: Expr, s: Scope, out: string[]): string {
  const t = s.src.temp();
  out.push(names.length === 0 ? `let ${t} = ${root};` : `let ${t} = ${prop(root, names[0]!)};`);
  for (const name of names.slice(1)) out.push(`${t} = H.field(${t}, ${quote(name)});`);
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
      if (e.fn !== "min" && e.fn !== "max") throw new Error(`unknown function in the IR: ${quote(e.fn)}`);
      const args = e.args.map((a) => emitExpr(a, s, out));
      const t = s.src.temp();
      out.push(`const ${t} = H.minMax(${quote(e.fn)}, [${args.join(", ")}], ${s.src.constant(e)});`);
      return t;
    }
    default:
      return assertNever(e, "expression");
  }
}
