import { assertNever, type Expr } from "@subsidia/ir";
import type { BasePlan } from "@subsidia/plan";
import { Dec } from "../money.js";
import { emitExpr, type Scope } from "./emit-expr.js";
import { Unknown } from "../values.js";
import { indent, quote } from "./source.js";

/**
 * `need`: the value an amount depends on; an unknown stops the item (pending with its
 * reason, or nothing when a fact is absent), as the interpreter's `Stop` does.
 */
export function need(e: Expr, s: Scope, out: string[]): string {
  const v = emitExpr(e, s, out);
  const known = s.src.known(v);
  if (known && known.value instanceof Unknown) out.push(`return ${known.value.absent ? "NONE" : v};`);
  else if (!known) out.push(`if (${v} instanceof Unk) return ${v}.absent ? NONE : ${v};`);
  return v;
}

/** `needDecimal`: the same, and the value must be a number. */
export function needDecimal(e: Expr, s: Scope, out: string[]): string {
  const v = need(e, s, out);
  if (s.src.known(v)?.value instanceof Dec) return v;
  const d = s.src.temp();
  out.push(`const ${d} = H.decimal(${v}, ${s.src.constant(e)});`);
  return d;
}

function tiers(award: Extract<BasePlan, { kind: "tiers" }>, amount: string, s: Scope, out: string[]): void {
  const base = need(award.base, s, out);
  const best = s.src.temp();
  const at = s.src.temp();
  out.push(`let ${best} = -1, ${at} = null;`);
  award.tiers.forEach((tier, i) => {
    const threshold = needDecimal(tier.atLeast, s, out);
    out.push(
      `if (H.compare(">=", ${base}, ${threshold}, ${s.src.constant(award.base)}) && (${at} === null || ${threshold}.gte(${at}))) { ${best} = ${i}; ${at} = ${threshold}; }`,
    );
  });
  const cases: string[] = [];
  award.tiers.forEach((tier, i) => {
    const stmts: string[] = [];
    const d = needDecimal(tier.amount, s, stmts);
    cases.push(`case ${i}: {`, ...indent([...stmts, `${amount} = ${d};`, "break;"]), "}");
  });
  out.push(`switch (${best}) {`, ...indent(cases), "  default: return NONE;", "}");
}

function lookup(award: Extract<BasePlan, { kind: "lookup" }>, amount: string, s: Scope, out: string[]): void {
  const key = need(award.key, s, out);
  const cases: string[] = [];
  for (const c of award.cases) {
    const stmts: string[] = [];
    const d = needDecimal(c.amount, s, stmts);
    cases.push(`case ${quote(c.match)}: {`, ...indent([...stmts, `${amount} = ${d};`, "break;"]), "}");
  }
  const fallback: string[] = [];
  if (award.otherwise) {
    const d = needDecimal(award.otherwise, s, fallback);
    fallback.push(`${amount} = ${d};`, "break;");
  } else fallback.push("return NONE;");
  cases.push("default: {", ...indent(fallback), "}");
  out.push(`switch (H.key(${key})) {`, ...indent(cases), "}");
}

/** Emits the base amount of an item (before uplifts and caps) into the variable `amount`. */
export function emitBaseAmount(award: BasePlan, amount: string, s: Scope, out: string[]): void {
  switch (award.kind) {
    case "amount": {
      const d = needDecimal(award.amount, s, out);
      out.push(`${amount} = ${d};`);
      return;
    }
    case "rate": {
      const r = needDecimal(award.rate, s, out);
      const b = needDecimal(award.base, s, out);
      out.push(`${amount} = ${r}.times(${b});`);
      return;
    }
    case "tiers":
      return tiers(award, amount, s, out);
    case "lookup":
      return lookup(award, amount, s, out);
    default:
      return assertNever(award, "base amount");
  }
}
