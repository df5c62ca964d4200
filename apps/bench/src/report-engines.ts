/** The tables of bench-engines.ts, as Markdown: evaluation, populations, policy size. */
import type { EngineName } from "./engines/engines.js";
import type { EngineRow, EnginesResults, Timing } from "./bench-engines.js";

const int = (x: number) => Math.round(x).toLocaleString("en-US");
const times = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const verdict = (ok: boolean, text: string) => `${ok ? "✓" : "✗"} ${text}`;

const LABELS: Record<EngineName, string> = {
  limit: "hand-written, exact integer cents (**the limit**)",
  decimal: "hand-written, decimal.js",
  compiled: "compiled evaluator (`compileAmounts(ir).run`)",
  interpreter: "interpreter with explanations (`validateFacts` + `evaluatePolicy`)",
  evaluateFacts: "`evaluateFacts(ir, facts)`",
  evaluate: "public `evaluate(ir, facts)`",
  "json-logic": "json-logic-js encoding",
  "json-rules-engine": "json-rules-engine encoding",
};

const NOTES: Record<EngineName, string> = {
  limit: "apps/bench/src/limit: the contract written for this one policy, money as integer cents, no library",
  decimal: "apps/bench/src/baseline: the same with decimal.js",
  compiled:
    "integer cents below 2^53, decimal.js past them; checks the facts, reads an amount when a clause reaches it; " +
    "no explanations",
  interpreter: "decimal.js; validates the facts; explains every step",
  evaluateFacts: "the interpreter behind the IR check (once per IR object) and an outcome object",
  evaluate: "the same IR object every call: validated on the first",
  "json-logic": "binary floating point; custom code for rounding, lists and the art. 12 cap; no facts validation",
  "json-rules-engine":
    "binary floating point; custom operators and code for amounts, rounding, the art. 12 cap; async; " +
    "no facts validation",
};

function find(r: EnginesResults, engine: EngineName, tree: "after" | "before" = "after"): EngineRow {
  return r.rows.find((x) => x.engine === engine && x.tree === tree)!;
}

/** The goal of a row, judged on the medians of the same run. */
function goal(r: EnginesResults, e: EngineRow): string {
  if (e.tree === "before") return "";
  const limit = find(r, "limit");
  const ratio = e.median / limit.median;
  switch (e.engine) {
    case "limit":
      return "the limit";
    case "compiled":
      return verdict(ratio <= 1.2, "≤ 1.2× the limit");
    case "interpreter":
      return verdict(ratio <= 6, "≤ 6× the limit");
    case "evaluate": {
      const x = e.median / find(r, "evaluateFacts").median;
      return verdict(x <= 1.2, `≤ 1.2× \`evaluateFacts\`: ${times(x)}`);
    }
    case "json-rules-engine": {
      const x = e.median / find(r, "compiled").median;
      return verdict(x >= 20, `≥ 20× the compiled evaluator: ${times(x)}`);
    }
    default:
      return "";
  }
}

function evaluationTable(r: EnginesResults): string[] {
  const limit = find(r, "limit");
  const n = r.options.applicants;
  const lines = [
    row(["engine", "min µs/applicant", "median µs/applicant", "× limit (median)", "× limit (min)", "goal", "notes"]),
    row(["---", "---", "---", "---", "---", "---", "---"]),
  ];
  for (const e of r.rows) {
    const label = e.tree === "before" ? `${LABELS[e.engine]}, **before** (${r.options.before})` : LABELS[e.engine];
    const agree =
      e.wrong === 0
        ? "agrees with the interpreter"
        : `**${e.wrong} of ${int(n)} applicants a cent off** (${e.example})`;
    lines.push(
      row([
        label,
        e.min.toFixed(2),
        `${e.median.toFixed(2)} (${int(1e6 / e.median)}/s)`,
        times(e.median / limit.median),
        times(e.min / limit.min),
        goal(r, e),
        `${NOTES[e.engine]}; ${agree}`,
      ]),
    );
  }
  return lines;
}

function populationTable(r: EnginesResults): string[] {
  if (r.populations.length === 0) return [];
  const lines = ["", row(["applicants", "engine", "µs/applicant", "× limit"]), row(["---", "---", "---", "---"])];
  for (const p of r.populations) {
    const limit = r.populations.find((x) => x.engine === "limit" && x.size === p.size)!;
    lines.push(row([int(p.size), LABELS[p.engine], p.micros.toFixed(2), times(p.micros / limit.micros)]));
  }
  return lines;
}

function scaleTable(r: EnginesResults): string[] {
  if (r.scales.length === 0) return [];
  const base = (tree: string): Timing | undefined => r.scales.find((s) => s.scale === 1 && s.tree === tree)?.timing;
  const lines = [
    "",
    row(["parse + check", "min ms", "median ms", "× the flagship (median)", "goal"]),
    row(["---", "---", "---", "---", "---"]),
  ];
  for (const s of r.scales) {
    const one = base(s.tree);
    const x = one ? s.timing.median / one.median : Number.NaN;
    const ok = s.scale !== 10 || s.tree === "before" ? "" : verdict(x <= 10, "≤ 10× (linear)");
    const size = s.scale === 1 ? "itself" : `${s.scale} times over`;
    const before = s.tree === "before" ? `, **before** (${r.options.before})` : "";
    const label = `the flagship ${size}${before}`;
    lines.push(row([label, s.timing.min.toFixed(1), s.timing.median.toFixed(1), times(x), ok]));
  }
  return lines;
}

/** The evaluation, population and policy-size tables, with how they were measured. */
export function renderEngines(r: EnginesResults): string[] {
  const o = r.options;
  return [
    `Evaluation: ${int(o.applicants)} fixed applicants (\`apps/bench/src/applicants.ts\`); ` +
      "each engine in a process of its own, bundled alike by esbuild; " +
      `${o.passes} passes over all engines, each process ${o.rounds} rounds after at least 3 warm-up passes ` +
      `and ${o.warmupMs ?? 1500} ms of CPU` +
      (o.minRoundMs ? ` (a round repeats the set to last at least ${o.minRoundMs} ms of CPU); ` : "; ") +
      `CPU time of the process. Min and median are over all ${o.passes * o.rounds} rounds; ` +
      "× limit compares medians (and minimums) of the same run.",
    "",
    ...evaluationTable(r),
    ...populationTable(r),
    ...scaleTable(r),
  ];
}
