import type { Clause, Policy, Span as IrSpan } from "@subsidia/ir";
import type { Context } from "./context.js";
import type { AwardRef } from "./scope.js";
import { closest, didYouMean } from "./suggest.js";

/**
 * Checks that need the whole policy: `award of` names a clause and forms no cycle; history
 * (`once`, `less received`, `cap … over …`) has its awards input and, for a window of years,
 * the policy's date; a `stack` key can take effect.
 */
export function checkReferences(ctx: Context, policy: Omit<Policy, "tests">, refs: readonly AwardRef[]): void {
  const clauses = policy.articles.flatMap((a) => a.clauses);
  const ids = clauses.map((c) => c.id);
  const known = new Set(ids);
  const edges = new Map<string, string[]>();
  for (const r of refs) {
    if (!known.has(r.clause.name)) {
      const s = closest(r.clause.name, ids);
      ctx.report("N009.awardOf", r.clause.span, { name: r.clause.name, hint: didYouMean(s) }, { suggestion: s });
    } else if (r.from !== undefined) edges.set(r.from, [...(edges.get(r.from) ?? []), r.clause.name]);
  }
  const reported = new Set<string>();
  for (const r of refs) {
    if (r.from === undefined || reported.has(r.from)) continue;
    const path = cycleThrough(edges, r.clause.name, r.from);
    if (path === undefined) continue;
    reported.add(r.from);
    ctx.report("S010.cycle", r.span, { name: r.from, path: [r.from, ...path].map((p) => `\`${p}\``).join(" → ") });
  }
  // once per policy, not per clause: a policy of many clauses has as many inputs
  const awards = policy.inputs.some((f) => f.role === "awards");
  for (const c of clauses) checkHistory(ctx, policy, c, awards);
}

/** The clauses from `start` that lead back to `target`, or undefined. */
function cycleThrough(edges: ReadonlyMap<string, string[]>, start: string, target: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (at: string): string[] | undefined => {
    if (at === target) return [at];
    if (seen.has(at)) return undefined;
    seen.add(at);
    for (const next of edges.get(at) ?? []) {
      const rest = walk(next);
      if (rest) return [at, ...rest];
    }
    return undefined;
  };
  return walk(start);
}

function checkHistory(ctx: Context, policy: Omit<Policy, "tests">, c: Clause, awards: boolean): void {
  const at = (s: IrSpan) => ({ file: ctx.file, ...s });
  const uses: [string, IrSpan][] = [
    ...(c.once ? [["once", c.once.span] as [string, IrSpan]] : []),
    ...(c.lessReceived ? [["less received", c.lessReceived.span] as [string, IrSpan]] : []),
    ...(c.historyCaps ?? []).map((h): [string, IrSpan] => [
      h.years ? `over ${h.years} years` : "over lifetime",
      h.span,
    ]),
  ];
  if (!awards) for (const [what, span] of uses) ctx.report("S009.awards", at(span), { what });
  for (const h of c.historyCaps ?? []) {
    if (h.years !== null && !policy.validity?.dateInput) ctx.report("S009.date", at(h.span), { years: h.years });
  }
  if (c.stackKey !== undefined && policy.stacking.rule === "add") {
    ctx.report("A014.stackAdd", at(c.span), { key: `"${c.stackKey}"` });
  }
}

/** At most one input of type `awards`. */
export function checkAwardsInputs(ctx: Context, policy: Pick<Policy, "inputs">): void {
  const awards = policy.inputs.filter((f) => f.role === "awards");
  for (const f of awards.slice(1)) ctx.report("S009.twoAwards", { file: ctx.file, ...f.span }, { name: f.name });
}
