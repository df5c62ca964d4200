import type { Param, Policy } from "@subsidia/ir";
import type { Result, Step } from "../result.js";
import { readParams } from "./consolidate.js";

/** The value of a dated parameter on a date: the last whose `from` is on or before it (as `paramValueOn`). */
function valueOn(p: Param, date: string | undefined): Param["values"][number] | undefined {
  let found: Param["values"][number] | undefined;
  for (const v of p.values) if (v.from === undefined || (date !== undefined && v.from <= date)) found = v;
  return found;
}

/** A parameter is dated when one of its values applies from a date (`3.7%, 3.65% from 2022-08-22`). */
const dated = (p: Param) => p.values.some((v) => v.from !== undefined);

/**
 * The step that cites the value of a dated parameter an award used: which value, from which
 * date (or "before <first date>" for the undated first one), and the value's own cited text (the
 * notice that set it, when written) then the parameter's.
 */
function citation(p: Param, date: string | undefined): Step | undefined {
  const v = valueOn(p, date);
  if (v === undefined) return undefined;
  const first = p.values.find((x) => x.from !== undefined)?.from;
  const when = v.from !== undefined ? `from ${v.from}` : `before ${first}`;
  const cited = [v.doc, p.doc].filter((d) => d !== undefined).map((d) => `“${d}”`);
  const text = `${p.name} = ${v.value.src ?? "?"} (${when}, on ${date ?? "the evaluation date"})${cited.length > 0 ? `: ${cited.join(", ")}` : ""}`;
  return { kind: "rule", text, span: p.span };
}

/**
 * Each award of a clause that reads a dated parameter, explained first by the value it used, its
 * date and its cited text (docs/library.md). The result is otherwise unchanged: the amounts are
 * those the evaluation computed with the same values.
 */
export function citeDatedParams(policy: Policy, result: Result): Result {
  const params = new Map(policy.params.filter(dated).map((p) => [p.name, p]));
  if (params.size === 0) return result;
  const date = result.applicationDate;
  const stepsOf = (article: number, clause: string): Step[] => {
    const c = policy.articles.find((a) => a.number === article)?.clauses.find((x) => x.id === clause);
    if (!c) return [];
    return readParams(c).flatMap((name) => {
      const p = params.get(name);
      const step = p && citation(p, date);
      return step ? [step] : [];
    });
  };
  return {
    ...result,
    awards: result.awards.map((a) => {
      const steps = stepsOf(a.article, a.clause);
      return steps.length > 0 ? { ...a, explanation: [...steps, ...a.explanation] } : a;
    }),
  };
}
