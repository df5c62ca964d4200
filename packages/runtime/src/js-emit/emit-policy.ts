import { clauseExprs, type InputField, walkExpr } from "@subsidia/ir";
import type { AwardPlan, ClausePlan, Plan } from "@subsidia/plan";
import { roundingOf } from "../money.js";
import { emitApplies, emitItem, type ItemFns } from "./emit-clause.js";
import { emitExpr, type Scope } from "./emit-expr.js";
import { emitParams } from "./emit-params.js";
import { emitFastItem } from "./fast-item.js";
import { type FastScope, NoFast } from "./fast-values.js";
import { indent, prop, quote, type Source } from "./source.js";

/** The loop over one clause's items (or its single evaluation) inside the evaluator. */
function clauseLoop(
  c: ClausePlan,
  fns: { item?: string; fast?: string; applies?: string },
  src: Source,
  recordAmounts: boolean,
  textId: boolean,
): string[] {
  const ref = src.constant(c);
  const id = c.forEach ? "id" : "undefined";
  const body: string[] = [];
  if (fns.item) {
    const record = (v: string) => (recordAmounts ? ` X.amounts.record(${ref}, ${id}, ${v});` : "");
    // the integer fast path first when the clause has one; its SLOW runs the decimal code
    const run = `${fns.item}(facts, date, rec, ${id}, X)`;
    body.push(
      ...(fns.fast
        ? [
            `let r = ${fns.fast}(facts, date, rec, ${id}, X);`,
            `if (r === SLOW) r = ${run};`,
            `if (typeof r === "number") drafts.push(new H.FastDraft(${ref}, ${id}, r));`,
            "else if (r === NONE) {}",
          ]
        : [`const r = ${run};`, `if (r === NONE) {${record("H.ZERO")} }`]),
      `else if (r instanceof Unk) { pending.push({ c: ${ref}, item: ${id}, reason: r.reason });${record("r")} }`,
      `else if (r instanceof H.Zero) { zero.push({ c: ${ref}, item: ${id}, reason: r.reason, steps: null });${record("H.ZERO")} }`,
      `else if (r instanceof H.Dec) { drafts.push({ c: ${ref}, item: ${id}, amount: r, steps: null });${record("r")} }`,
      `else { drafts.push({ c: ${ref}, item: ${id}, amount: r.amount, steps: null, extra: r.extra });${record("r.amount")} }`,
    );
  }
  if (fns.applies) {
    // a clause without items writes the same entry for every applicant: one frozen object, shared
    const entry = c.forEach
      ? `{ article: ${src.constant(c.article.number)}, clause: ${src.constant(c.clause.id)}, item: id, reason: ${src.constant(c.nonMonetary)} }`
      : src.constant(Object.freeze({ article: c.article.number, clause: c.clause.id, reason: c.nonMonetary }));
    body.push(`if (${fns.applies}(facts, date, rec, ${id}, X)) nonMonetary.push(${entry});`);
  }
  if (!c.forEach) return ["{", "  const rec = null;", ...indent(body), "}"];
  return [
    "{",
    `  const list = ${prop("facts", c.forEach.list)};`,
    "  if (Array.isArray(list)) for (let i = 0; i < list.length; i++) {",
    // an id is the item's `id` only when the list declares it as text: facts given as they are
    // (not normalised) then hold the same id as normalised ones
    `    const rec = list[i], id = ${textId ? "H.itemId(rec, i)" : "`#${i + 1}`"};`,
    ...indent(body, "    "),
    "  }",
    "}",
  ];
}

/** The clause's item on the integer fast path (fast-item.ts), or null when it has no integer form. */
function fastItem(
  c: ClausePlan,
  award: AwardPlan,
  name: string,
  scope: FastScope,
): { name: string; lines: string[] } | null {
  try {
    return { name, lines: emitFastItem(c, award, name, scope) };
  } catch (e) {
    if (e instanceof NoFast) return null;
    throw e;
  }
}

/** The fields of the items of a list input. */
function listFields(plan: Plan, list: string): readonly InputField[] {
  const f = plan.policy.inputs.find((x) => x.name === list);
  return f?.type.kind === "list" ? f.type.fields : [];
}

/** Whether the items of a list have a declared `id` that the facts give as text. */
function hasTextId(fields: readonly InputField[]): boolean {
  const id = fields.find((f) => f.name === "id")?.type.kind;
  return id === "string" || id === "enum" || id === "date";
}

/** `limitOf(k)`: the limit of the plan's k-th aggregate cap, read with no item in scope. */
function aggregateLimits(plan: Plan, scope: Scope): string[] {
  const cases = plan.aggregates.flatMap((agg, k) => {
    const body: string[] = [];
    const v = emitExpr(agg.limit, scope, body);
    return [`case ${k}: {`, ...indent([...body, `return ${v};`]), "}"];
  });
  const body = cases.length > 0 ? ["switch (k) {", ...indent(cases), "}", "return H.ABSENT;"] : ["return H.ABSENT;"];
  return ["function limitOf(k, facts, date) {", ...indent(body), "}"];
}

/** After the items, for any draft: the shared exclusions, aggregate caps and writer. */
function sharedTail(P: string, src: Source, rounding: ReturnType<typeof roundingOf>): string[] {
  return [
    `const excluded = H.applyExclusions(${P}, drafts);`,
    "const limit = (agg, k) => H.limit(limitOf(k, facts, date), agg);",
    `const capped = H.applyAggregateCaps(${P}, excluded.awards, limit, { history: X.history, date, probe: undefined });`,
    "const all = capped.pending.length === 0 ? pending : pending.concat(capped.pending);",
    "const zeros = zero.concat(excluded.zero, capped.zero);",
    `return H.writeResult(${P}, ${src.constant(rounding)}, head, capped.awards, all, nonMonetary, zeros);`,
  ];
}

/**
 * After the items, when a clause has the fast path: exclusions and aggregate caps only when
 * the policy has them (the caps in cents, fast-caps.ts), and the fast writer; no array copied
 * when nothing changes.
 */
function fastTail(plan: Plan, P: string, src: Source, rounding: ReturnType<typeof roundingOf>): string[] {
  const lines = ["let awards = drafts, all = pending, zeros = zero;"];
  if (plan.exclusions.length > 0)
    lines.push(
      `{ const x = H.applyExclusions(${P}, drafts); awards = x.awards; if (x.zero.length > 0) zeros = zeros.concat(x.zero); }`,
    );
  if (plan.aggregates.length > 0)
    lines.push(
      "{",
      `  const x = H.fastAggregateCaps(${P}, awards, limitOf, facts, date, X.history);`,
      "  awards = x.awards;",
      "  if (x.pending.length > 0) all = all.concat(x.pending);",
      "  if (x.zero.length > 0) zeros = zeros.concat(x.zero);",
      "}",
    );
  lines.push(`return H.writeFast(${P}, ${src.constant(rounding)}, head, awards, all, nonMonetary, zeros);`);
  return lines;
}

/**
 * The source of a function `(H, C) => evaluateAmounts(facts)` for one plan: its clauses in
 * order, each item through the plan's steps, then the shared aggregate caps and result writer,
 * without explanations. Names from the IR appear only as escaped string literals; values,
 * nodes and texts are in the constants table `C`.
 */
export function emitEvaluator(plan: Plan, src: Source): string {
  const { params, lines: paramLines } = emitParams(plan, src);
  const fns: string[] = [];
  const loops: string[] = [];
  const recordAmounts = plan.clauses.some((c) =>
    clauseExprs(c.clause).some((x) => [...walkExpr(x.expr)].some((n) => n.k === "awardOf")),
  );
  for (const k of plan.order) {
    const c = plan.clauses[k]!;
    const item = c.forEach ? { var: c.forEach.var, rec: "rec", fields: listFields(plan, c.forEach.list) } : null;
    const scope: Scope = { src, item, params, plan, clause: src.constant(c) };
    const names: { item?: string; fast?: string; applies?: string } = {};
    if (c.award) {
      const itemFns: ItemFns = { item: src.func("item"), ...(c.award.low ? { low: src.func("low") } : {}) };
      names.item = itemFns.item;
      fns.push(...emitItem(c, c.award, itemFns, scope));
      const fast = recordAmounts ? null : fastItem(c, c.award, src.func("fast"), { ...scope, slow: "SLOW" });
      if (fast) {
        names.fast = fast.name;
        fns.push(...fast.lines);
      }
    }
    if (c.nonMonetary !== null) {
      names.applies = src.func("applies");
      fns.push(...emitApplies(c, names.applies, scope));
    }
    loops.push(`at = ${c.index};`, ...clauseLoop(c, names, src, recordAmounts, hasTextId(item?.fields ?? [])));
  }
  const anyFast = loops.some((l) => l.includes("SLOW"));
  const v = plan.validity;
  const dateLines = v
    ? [
        `const dateFact = ${prop("facts", v.dateInput)};`,
        `const date = typeof dateFact === "string" ? dateFact : null;`,
        `const inForce = date !== null && ${quote(v.from)} <= date && date <= ${quote(v.to)};`,
      ]
    : ["const date = null;", "const inForce = true;"];
  const P = src.constant(plan);
  const paths = src.constant(plan.clauses.map((c) => c.path));
  const rounding = roundingOf(plan);
  const amounts = recordAmounts ? `new H.ClauseAmounts(${P})` : "null";
  return [
    '"use strict";',
    "// generated by @subsidia/runtime compileAmounts from a policy's plan; do not edit",
    "const { Unk, NONE, NOTIER, SLOW } = H;",
    `const round = ${src.constant(rounding.round)};`,
    ...paramLines,
    ...fns,
    ...aggregateLimits(plan, { src, item: null, params, plan, clause: null }),
    "return function evaluateAmounts(facts) {",
    ...indent([
      ...dateLines,
      // `resultHead` written out in two fixed shapes (a spread after keys is slow to copy)
      `const policy = ${quote(plan.id)};`,
      v
        ? "const head = date !== null ? { policy, inForce, applicationDate: date } : { policy, inForce };"
        : "const head = { policy, inForce };",
      "if (!inForce) return H.notInForce(head);",
      // no history and no amounts recorded: one shared context, nothing made per applicant
      plan.awardsInput === null && !recordAmounts
        ? "const X = H.NO_HISTORY;"
        : `const X = { history: H.historyOf(${P}, facts), amounts: ${amounts} };`,
      "const drafts = [], pending = [], nonMonetary = [], zero = [];",
      "let at = -1;",
      "try {",
      ...indent(loops),
      `} catch (e) { if (e instanceof H.EvaluationError) e.path = ${paths}[at]; throw e; }`,
      ...(anyFast ? fastTail(plan, P, src, rounding) : sharedTail(P, src, rounding)),
    ]),
    "};",
  ].join("\n");
}
