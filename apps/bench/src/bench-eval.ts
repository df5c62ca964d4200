/** Evaluations per second of the flagship on a fixed set of varied applicants, for every engine. */
import type { Policy } from "@subsidia/ir";
import { compileAmounts, evaluatePolicy, validateFacts } from "@subsidia/runtime";
import { applicants } from "./applicants.js";
import { baseline } from "./baseline/evaluate.js";
import { differences, figuresOf, type Figures } from "./figures.js";
import { compareEngines, type Engine, type EngineTiming } from "./measure.js";
import { jsonLogicEngine } from "./peers/json-logic.js";
import { rulesEngine } from "./peers/rules-engine.js";

export interface EvalRow extends EngineTiming {
  /** applicants of the set whose figures differ from the interpreter's */
  wrong: number;
  /** the first difference, to show what goes wrong */
  example?: string;
}

function interpreter(policy: Policy) {
  return (facts: unknown) => {
    const valid = validateFacts(policy, facts);
    if (!valid.ok) throw new Error(`invalid facts in the benchmark set: ${JSON.stringify(valid.errors)}`);
    return evaluatePolicy(policy, valid.facts);
  };
}

/** Every engine, the baseline first (ratios are against it). */
export function engines(policy: Policy): Engine[] {
  const compiled = compileAmounts(policy);
  return [
    { name: "hand-written TypeScript (baseline)", run: baseline },
    { name: "compiled evaluator (`compileAmounts`)", run: (f) => compiled.run(f) },
    { name: "interpreter (`validateFacts` + `evaluatePolicy`)", run: interpreter(policy) },
    { name: "json-logic-js encoding", run: jsonLogicEngine },
    { name: "json-rules-engine encoding", run: rulesEngine },
  ];
}

async function figures(e: Engine, facts: Record<string, unknown>): Promise<Figures> {
  const r = (await e.run(facts)) as Figures | { ok: boolean; result: Figures } | Figures;
  if ("ok" in r) return figuresOf((r as { result: Figures }).result);
  return figuresOf(r);
}

export async function benchEval(policy: Policy, count: number, rounds: number): Promise<EvalRow[]> {
  const set = applicants(count);
  const list = engines(policy);
  const reference = list[2]!;
  const wrong = await Promise.all(
    list.map(async (e) => {
      let n = 0;
      let example: string | undefined;
      for (const facts of set) {
        const d = differences(await figures(reference, facts), await figures(e, facts));
        if (d.length > 0) {
          n++;
          example ??= d.find((x) => !x.startsWith("total") && !x.startsWith("upTo")) ?? d[0];
        }
      }
      return { n, example };
    }),
  );
  const timings = await compareEngines(list, set, rounds);
  return timings.map((t, i) => ({
    ...t,
    wrong: wrong[i]!.n,
    ...(wrong[i]!.example ? { example: wrong[i]!.example } : {}),
  }));
}
