import { assertNever, type Expr, type Span } from "@subsidia/ir";
import { paramValueOn } from "@subsidia/plan";
import type { Env } from "./env.js";
import { evalExpr } from "./eval-expr.js";
import { ifBranch, lookupCase } from "./operations.js";
import type { Step, StepValue } from "./result.js";
import { byUnit, unitOf } from "./value-units.js";
import { isDecimal, isUnknown, keyText, Unknown, type Val } from "./values.js";

/**
 * The intermediate values of an amount, shown in its explanation step: the case a lookup took
 * and what that case computes, the branch an `if` took, the value of a parameter on the date
 * (with the date its value starts from), whole steps, another clause's award. Plain arithmetic
 * on facts and literals adds nothing: its values are in the step's own text. Each value is
 * shown by its unit (`5%`, `2000000 元`); the JSON keeps it exact (`0.05`) with its `type`.
 */

const NOTABLE = new WeakMap<Expr, boolean>();

/** Whether an expression holds anything worth showing (cached per IR node that has operands to look into). */
function notable(e: Expr): boolean {
  // the kinds that decide alone, without the cache: most expressions steps show are literals and facts
  switch (e.k) {
    case "lit":
    case "fact":
    case "item":
    case "in":
    case "given":
    case "cmp":
    case "and":
    case "or":
    case "not":
      return false;
    case "param":
    case "lookup":
    case "if":
    case "steps":
    case "awardOf":
      return true;
    case "arith":
    case "neg":
    case "call":
    case "dateShift":
    case "between":
      break;
    default:
      return assertNever(e, "expression");
  }
  let known = NOTABLE.get(e);
  if (known === undefined) {
    known = children(e).some(notable);
    NOTABLE.set(e, known);
  }
  return known;
}

function children(e: Expr): Expr[] {
  switch (e.k) {
    case "lit":
    case "fact":
    case "item":
    case "param":
    case "awardOf":
    case "in":
    case "given":
    case "cmp":
    case "and":
    case "or":
    case "not":
      return [];
    case "arith":
      return [e.left, e.right];
    case "neg":
      return [e.expr];
    case "call":
      return e.args;
    case "if":
      return [e.then, e.else];
    case "lookup":
      return [...e.cases.map((c) => c.value), ...(e.otherwise ? [e.otherwise] : [])];
    case "steps":
      return [e.amount, e.step, e.of, ...(e.since ? [e.since] : [])];
    case "dateShift":
      return [e.date, e.count];
    case "between":
      return [e.from, e.to];
    default:
      return assertNever(e, "expression");
  }
}

const shown = (v: Val): string | null => (isUnknown(v) ? null : keyText(v));

/** A known value of `e` with its unit: exact (`0.05`) and as shown (`5%`); null when unknown. */
function withUnit(e: Expr, env: Env): { value: string; unit: ReturnType<typeof unitOf>; shown: string } | null {
  const v = evalExpr(e, env);
  if (isUnknown(v)) return null;
  const unit = unitOf(e, env);
  return { value: keyText(v), unit, shown: isDecimal(v) ? byUnit(v, unit) : keyText(v) };
}

const OPS = { "+": "+", "-": "−", "*": "×", "/": "÷" } as const;

/** Arithmetic with each operand by its value (`0.4 × 1000000`); null when an operand is unknown. */
function substituted(e: Expr, env: Env, top = true): string | null {
  if (e.k !== "arith") return shown(evalExpr(e, env));
  const l = substituted(e.left, env, false);
  const r = substituted(e.right, env, false);
  if (l === null || r === null) return null;
  return top ? `${l} ${OPS[e.op]} ${r}` : `(${l} ${OPS[e.op]} ${r})`;
}

/** An expression and its value (`40% * d.x = 0.4 × 1000000 = 400000`); a literal's text alone when it is the value. */
export function computed(e: Expr, v: string, env?: Env): string {
  if (e.src.trim() === v) return v;
  const sub = env && e.k === "arith" ? substituted(e, env) : null;
  return sub === null ? `${e.src} = ${v}` : `${e.src} = ${sub} = ${v}`;
}

/** The date a parameter's value applies from, and the value it replaced, when the parameter changes by date. */
function paramNote(e: Extract<Expr, { k: "param" }>, env: Env): string | undefined {
  const param = env.plan.params.get(e.name);
  if (!param || param.values.length < 2) return undefined;
  const entry = paramValueOn(param, env.date);
  if (!entry) return undefined;
  const next = param.values[param.values.indexOf(entry) + 1];
  const on = env.date ? `on ${env.date}` : "with no date";
  if (entry.from === null) return `the value before ${next?.from ?? "its first date"}, ${on}`;
  return `the value from ${entry.from}, ${on}`;
}

type Known = NonNullable<ReturnType<typeof withUnit>>;

function collect(e: Expr, env: Env, out: StepValue[]): void {
  if (!notable(e)) return;
  const add = (span: Span, src: string, v: Known, text: string, note?: string) =>
    out.push({
      src,
      value: v.value,
      type: v.unit.type,
      ...(v.unit.currency ? { currency: v.unit.currency } : {}),
      shown: v.shown,
      ...(note ? { note } : {}),
      span,
      text,
    });
  switch (e.k) {
    case "param": {
      const v = withUnit(e, env);
      const note = paramNote(e, env);
      if (v !== null) add(e.span, e.src, v, `${e.src} = ${v.shown}${note ? ` (${note})` : ""}`, note);
      return;
    }
    case "lookup": {
      const key = shown(evalExpr(e.key, env));
      if (key === null) return;
      const chosen = lookupCase(evalExpr(e.key, env), e);
      if (chosen instanceof Unknown) return;
      const v = withUnit(chosen.value, env);
      if (v === null) return;
      add(
        e.span,
        `by ${e.key.src}`,
        v,
        `by ${e.key.src} = ${key}: ${chosen.label} → ${computed(chosen.value, v.shown, env)}`,
      );
      return collect(chosen.value, env, out);
    }
    case "if": {
      const branch = ifBranch(evalExpr(e.cond, env), e);
      if (branch instanceof Unknown) return;
      const v = withUnit(branch, env);
      if (v === null) return;
      const taken = branch === e.then ? "true: then" : "false: else";
      add(e.span, `if ${e.cond.src}`, v, `if ${e.cond.src}: ${taken} → ${computed(branch, v.shown, env)}`);
      return collect(branch, env, out);
    }
    case "steps":
    case "awardOf": {
      const v = withUnit(e, env);
      if (v !== null) add(e.span, e.src, v, computed(e, v.shown));
      if (e.k === "steps") for (const c of children(e)) collect(c, env, out);
      return;
    }
    default:
      for (const c of children(e)) collect(c, env, out);
  }
}

/** The intermediate values of the expressions an explanation step shows, without telling the coverage probe. */
export function intermediates(exprs: readonly Expr[], env: Env): StepValue[] {
  if (!anyNotable(exprs)) return [];
  const quiet: Env = env.probe ? { ...env, probe: undefined } : env;
  const out: StepValue[] = [];
  for (const e of exprs) collect(e, quiet, out);
  return out;
}

/** `exprs.some(notable)`, without a closure: it runs for most steps of every applicant. */
function anyNotable(exprs: readonly Expr[]): boolean {
  for (let i = 0; i < exprs.length; i++) if (notable(exprs[i]!)) return true;
  return false;
}

/** A step with the intermediate values of `exprs`: in `values` (JSON) and after its text (the report). */
export function withValues(step: Step, exprs: readonly Expr[], env: Env): Step {
  if (!anyNotable(exprs)) return step;
  const values = intermediates(exprs, env);
  if (values.length === 0) return step;
  // a value the step already shows (`workshopCap = 2000000`) gets its note there, not a second time after `where`
  let text = step.text;
  const after: string[] = [];
  for (const v of values) {
    const plainText = `${v.src} = ${v.value}`;
    if (text.includes(plainText)) text = text.replace(plainText, v.text);
    else if (v.note !== undefined || !text.includes(`${v.src} (${v.value})`)) after.push(v.text);
  }
  return { ...step, text: after.length > 0 ? `${text}; where ${after.join("; ")}` : text, values };
}
