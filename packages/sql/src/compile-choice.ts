import type { Expr } from "@subsidia/ir";
import { bin, caseWhen, int, isNull, NULL, type Sql } from "./ast.js";
import { common, SqlCompileError } from "./numeric.js";
import { matches } from "./compile-ops.js";
import { numOf, type Scope } from "./scope.js";
import { codeOf, codeTest, KNOWN, NULLABLE, stateOf, type Val } from "./value.js";

/** One branch of a choice: taken when `when` holds (the gate being known). */
interface Arm {
  when: Sql;
  val: Val;
  e: Expr;
}

/**
 * A value chosen by a gate (`if`'s condition, a lookup's key): the gate's unknown first, else
 * the first arm whose `when` holds, else `otherwise`, else the applicant fails with `noMatch`
 * (`ifBranch`, `lookupCase`). Only the chosen branch's state counts, as the runtime evaluates
 * only that branch; numbers share one type.
 */
function choose(gate: Val, arms: readonly Arm[], otherwise: Arm | null, noMatch: Sql | null, s: Scope): Val {
  const all = otherwise ? [...arms, otherwise] : [...arms];
  let values = all.map((a) => a.val.v);
  let t = all[0]!.val.t;
  if (t.k === "num") {
    const typed = common(
      all.map((a) => numOf(a.val, a.e, s)),
      s.path,
    );
    values = typed.map((n) => n.sql);
    t = { k: "num", t: typed[0]!.t };
  }
  const gated = gate.st.k === "known" ? [] : [[isNull(gate.v), NULL] as [Sql, Sql]];
  const whens: [Sql, Sql][] = arms.map((a, i) => [a.when, values[i]!]);
  const v = caseWhen([...gated, ...whens], otherwise ? values.at(-1)! : null);
  const states = [gate, ...all.map((a) => a.val)].map((x) => x.st.k);
  if (noMatch === null && states.every((k) => k === "known")) return { v, t, st: KNOWN };
  if (noMatch === null && states.every((k) => k === "known" || k === "nullable")) return { v, t, st: NULLABLE };
  const gateCode = codeOf(gate);
  const codes: [Sql, Sql][] = arms.map((a) => [a.when, codeOf(a.val)]);
  const code = caseWhen(
    [[codeTest(gateCode, "<>", 0), gateCode], ...codes],
    otherwise ? codeOf(otherwise.val) : (noMatch ?? int(0)),
  );
  return { v, t, st: stateOf(code) };
}

/** `if c then a else b`. */
export function ifValue(e: Extract<Expr, { k: "if" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const cond = compile(e.cond);
  const arm = { when: bin("=", cond.v, { k: "bool", value: true }), val: compile(e.then), e: e.then };
  return choose(cond, [arm], { when: NULL, val: compile(e.else), e: e.else }, null, s);
}

/** `by key { "a": x, …, otherwise: z }`: the first case whose key matches; none and no otherwise fails. */
export function lookupValue(e: Extract<Expr, { k: "lookup" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const key = compile(e.key);
  const arms = e.cases.map((c) => ({ when: matches(key, [c.match]), val: compile(c.value), e: c.value }));
  const otherwise = e.otherwise ? { when: NULL, val: compile(e.otherwise), e: e.otherwise } : null;
  return choose(key, arms, otherwise, otherwise ? null : noMatch(e, key, s), s);
}

/**
 * The failure of a lookup no case of which matches: its message names the key's value, so
 * the key must be an enum fact, one code per declared value the cases leave out (0: none).
 */
function noMatch(e: Extract<Expr, { k: "lookup" }>, key: Val, s: Scope): Sql | null {
  const k = e.key;
  const ref = k.k === "fact" ? s.fact(k.path) : k.k === "item" && s.item ? s.item.column(k.path) : null;
  if (!ref?.enumValues)
    throw new SqlCompileError(
      `\`${e.src}\` needs an \`otherwise\` case to be computed in SQL (or an enum fact as its key)`,
      s.path,
    );
  const covered = new Set(e.cases.map((c) => c.match));
  const whens = ref.enumValues
    .filter((v) => !covered.has(v))
    .map((v) => [matches(key, [v]), int(s.ctx.codes.error(`no case of \`${e.src}\` matches \`${v}\``))] as [Sql, Sql]);
  return whens.length === 0 ? null : caseWhen(whens, int(0));
}
