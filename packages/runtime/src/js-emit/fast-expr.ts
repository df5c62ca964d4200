import type { Expr } from "@subsidia/ir";
import { literal } from "../literals.js";
import { Dec } from "../money.js";
import { absentValue, EvaluationError } from "../values.js";
import { emitExpr, numericType } from "./emit-expr.js";
import {
  constantUnits,
  FACT_SCALE,
  type FastNum,
  type FastScope,
  type FastVal,
  guard,
  MAX_SCALE,
  NoFast,
  rescale,
} from "./fast-values.js";
import { FACT_MAX } from "./units.js";
import { prop, quote } from "./source.js";

/**
 * Expressions on the integer fast path: numbers as integers at a scale fixed while generating
 * (fast-values.ts), with the decimal code's order of evaluation, short-circuits and unknowns.
 * A subexpression without numbers is the decimal code's own (`emitExpr`); a construct with no
 * integer form here (division, rounding functions, dates, dated parameters…) throws `NoFast`.
 */

const isNum = (v: FastVal): v is FastNum => v.kind === "num";

function num(e: Expr, s: FastScope, out: string[]): FastNum {
  const v = emitFast(e, s, out);
  if (!isNum(v)) throw new NoFast("not a number");
  return v;
}

/** Whether an expression reads no number at all (the decimal code gives it as it is). */
function plain(e: Expr, s: FastScope): boolean {
  switch (e.k) {
    case "lit":
      try {
        return !(literal(e) instanceof Dec);
      } catch (err) {
        if (err instanceof EvaluationError) return false;
        throw err;
      }
    case "fact":
      return numericType(s.plan.policy.inputs, e.path) === null;
    case "item":
      return s.item !== null && s.item.var === e.var && numericType(s.item.fields, e.path) === null;
    case "param": {
      const p = s.params.get(e.name);
      if (p?.kind !== "constant") return false;
      const v = s.src.known(p.ref)?.value;
      return typeof v === "string" || typeof v === "boolean";
    }
    case "cmp":
      return plain(e.left, s) && plain(e.right, s);
    case "and":
    case "or":
      return e.args.every((a) => plain(a, s));
    case "not":
    case "in":
    case "given":
      return plain(e.expr, s);
    default:
      return false;
  }
}

/**
 * The fields already read in a block of generated code (keyed by the block's array of lines):
 * a field the item reads again in the same block (`given x` and then `x`) reuses the integer
 * the first read made, so each amount's text is read once per item.
 */
const readsInBlock = new WeakMap<string[], Map<string, FastNum>>();

/** A numeric fact or item field read at its kind's scale; a value that does not fit returns SLOW. */
function field(root: string, names: readonly string[], e: Expr, s: FastScope, out: string[]): FastNum {
  const key = JSON.stringify([root, e.src, ...names]);
  const known = readsInBlock.get(out)?.get(key);
  if (known) return known;
  const read = readField(root, names, e, s, out);
  const reads = readsInBlock.get(out) ?? new Map<string, FastNum>();
  readsInBlock.set(out, reads.set(key, read));
  return read;
}

function readField(root: string, names: readonly string[], e: Expr, s: FastScope, out: string[]): FastNum {
  const type = numericType(root === "facts" ? s.plan.policy.inputs : s.item?.fields, names);
  const scale = type ? FACT_SCALE[type.kind] : undefined;
  if (scale === undefined) throw new NoFast("a fact of another kind");
  const t = s.src.temp();
  out.push(names.length === 0 ? `let ${t} = ${root};` : `let ${t} = ${prop(root, names[0]!)};`);
  for (const name of names.slice(1)) out.push(`${t} = H.field(${t}, ${quote(name)});`);
  out.push(
    `${t} = H.readUnits(${t}, ${scale});`,
    `if (${t} === undefined || ${t} === null) ${t} = ${s.src.constant(absentValue(e.src))};`,
    `else if (${t} !== ${t}) return ${s.slow};`,
  );
  return { kind: "num", ref: t, scale, max: FACT_MAX, unk: true };
}

/** Both operands at one scale (the larger). */
function aligned(l: FastNum, r: FastNum, s: FastScope, out: string[]): [FastNum, FastNum] {
  const scale = Math.max(l.scale, r.scale);
  return [rescale(l, scale, s, out), rescale(r, scale, s, out)];
}

/** `l op r` with the decimal operations' unknowns: either unknown decides (`unknownOf`). */
function binary(l: FastNum, r: FastNum, code: string, s: FastScope, out: string[]): string {
  const t = s.src.temp();
  const unk = l.unk || r.unk;
  const test = [l, r].filter((x) => x.unk).map((x) => `${x.ref} instanceof Unk`);
  out.push(`const ${t} = ${unk ? `${test.join(" || ")} ? H.unknownOf(${l.ref}, ${r.ref}) : ` : ""}${code};`);
  return t;
}

function arith(e: Extract<Expr, { k: "arith" }>, s: FastScope, out: string[]): FastNum {
  if (e.op === "/") throw new NoFast("division");
  const l0 = num(e.left, s, out);
  const r0 = num(e.right, s, out);
  const unk = l0.unk || r0.unk;
  if (e.op === "*") {
    const t = binary(l0, r0, `${l0.ref} * ${r0.ref}`, s, out);
    const scale = l0.scale + r0.scale;
    if (scale > MAX_SCALE) throw new NoFast("scale");
    return { kind: "num", ref: t, scale, max: guard(t, l0.max * r0.max, unk, s, out), unk };
  }
  const [l, r] = aligned(l0, r0, s, out);
  const t = binary(l, r, `${l.ref} ${e.op} ${r.ref}`, s, out);
  return { kind: "num", ref: t, scale: l.scale, max: guard(t, l.max + r.max, unk, s, out), unk };
}

function compare(e: Extract<Expr, { k: "cmp" }>, s: FastScope, out: string[]): FastVal {
  if (plain(e, s)) return { kind: "plain", ref: emitExpr(e, s, out) };
  const [l, r] = aligned(num(e.left, s, out), num(e.right, s, out), s, out);
  const op = e.op === "=" ? "===" : e.op === "!=" ? "!==" : e.op;
  if (![">=", ">", "<=", "<", "===", "!=="].includes(op)) throw new NoFast("comparison");
  return { kind: "plain", ref: binary(l, r, `${l.ref} ${op} ${r.ref}`, s, out) };
}

/** `min`, `max`: any unknown argument decides (`firstUnknown`), else the integers at one scale. */
function minMax(e: Extract<Expr, { k: "call" }>, s: FastScope, out: string[]): FastNum {
  const args = e.args.map((a) => num(a, s, out));
  const scale = Math.max(...args.map((a) => a.scale));
  const xs = args.map((a) => rescale(a, scale, s, out));
  const t = s.src.temp();
  const unk = xs.some((x) => x.unk);
  const list = xs.map((x) => x.ref).join(", ");
  const fn = e.fn === "min" ? "Math.min" : "Math.max";
  out.push(`const ${t} = ${unk ? `H.firstUnknown([${list}]) ?? ` : ""}${fn}(${list});`);
  return { kind: "num", ref: t, scale, max: Math.max(...xs.map((x) => x.max)), unk };
}

/** `and` / `or` in Kleene logic over fast arguments, as the decimal code does (`logicArg`). */
function logic(e: Extract<Expr, { k: "and" | "or" }>, s: FastScope, out: string[]): FastVal {
  if (plain(e, s)) return { kind: "plain", ref: emitExpr(e, s, out) };
  const decisive = e.k === "or";
  const [t, u, label] = [s.src.temp(), s.src.temp(), s.src.temp()];
  out.push(`let ${t} = ${!decisive};`, `const ${u} = { unknown: null };`, `${label}: {`);
  for (const arg of e.args) {
    const body: string[] = [];
    const v = emitFast(arg, s, body);
    if (isNum(v)) throw new NoFast("a number as a condition");
    const test = `H.logicArg(${v.ref}, ${decisive}, ${s.src.constant(arg)}, ${u}) !== null`;
    out.push(...body.map((l) => `  ${l}`), `  if (${test}) { ${t} = ${decisive}; break ${label}; }`);
  }
  out.push("}", `if (${t} !== ${decisive} && ${u}.unknown !== null) ${t} = ${u}.unknown;`);
  return { kind: "plain", ref: t };
}

/**
 * Emits the statements that evaluate `e` on the fast path into `out` and returns where its
 * value is; throws `NoFast` when it has no integer form.
 */
export function emitFast(e: Expr, s: FastScope, out: string[]): FastVal {
  if (plain(e, s)) return { kind: "plain", ref: emitExpr(e, s, out) };
  switch (e.k) {
    case "lit":
      try {
        return constantUnits(literal(e) as Dec);
      } catch (err) {
        if (err instanceof EvaluationError) throw new NoFast("a literal that fails");
        throw err;
      }
    case "fact":
      return field("facts", e.path, e, s, out);
    case "item":
      if (!s.item || s.item.var !== e.var) throw new NoFast("not the item");
      return field(s.item.rec, e.path, e, s, out);
    case "param": {
      const p = s.params.get(e.name);
      const v = p?.kind === "constant" ? s.src.known(p.ref)?.value : undefined;
      if (v instanceof Dec) return constantUnits(v);
      throw new NoFast("a parameter by date or pending");
    }
    case "arith":
      return arith(e, s, out);
    case "neg": {
      const v = num(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = ${v.unk ? `typeof ${v.ref} !== "number" ? ${v.ref} : ` : ""}-${v.ref};`);
      return { ...v, ref: t };
    }
    case "cmp":
      return compare(e, s, out);
    case "and":
    case "or":
      return logic(e, s, out);
    case "not": {
      const v = emitFast(e.expr, s, out);
      if (isNum(v)) throw new NoFast("not of a number");
      const t = s.src.temp();
      out.push(`const ${t} = H.not(${v.ref}, ${s.src.constant(e)});`);
      return { kind: "plain", ref: t };
    }
    case "given": {
      const v = emitFast(e.expr, s, out);
      const t = s.src.temp();
      out.push(`const ${t} = H.given(${v.ref}, ${e.negate === true});`);
      return { kind: "plain", ref: t };
    }
    case "call":
      if (e.fn === "min" || e.fn === "max") return minMax(e, s, out);
      throw new NoFast(e.fn);
    default:
      throw new NoFast(e.k);
  }
}
