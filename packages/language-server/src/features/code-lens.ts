import { Dec, evaluateFacts, formatWan, runPolicyTests, type TestOutcome } from "@subsidia/runtime";
import type { CodeLens } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { rangeOf } from "../model/positions.js";

export const RUN_TEST = "subsidia.runTest";

const outcomes = new WeakMap<Analysis, TestOutcome[]>();

/** The policy's tests run (once per version of the document); none while it does not compile. */
export function testOutcomes(a: Analysis): TestOutcome[] | undefined {
  const ir = a.result.ir;
  if (!ir) return undefined;
  let found = outcomes.get(a);
  if (!found) outcomes.set(a, (found = runPolicyTests(ir)));
  return found;
}

/**
 * Over each test: "run" and its result; over each clause: what it pays for the
 * facts of the first test (the policy's example applicant).
 */
export function codeLenses(a: Analysis): CodeLens[] {
  const lenses: CodeLens[] = [];
  const results = testOutcomes(a);
  const tests = a.result.ast.items.filter((i) => i.kind === "Test");
  tests.forEach((t, i) => {
    const range = rangeOf(a.doc, { offset: t.span.offset, length: 0 });
    lenses.push({ range, command: { title: "▶ run", command: RUN_TEST, arguments: [a.doc.uri, i] } });
    lenses.push({ range, command: { title: resultTitle(results?.[i]), command: "" } });
  });
  const amounts = firstTestAmounts(a);
  for (const item of a.result.ast.items) {
    if (item.kind !== "Article") continue;
    for (const e of item.entries) {
      if (e.kind !== "Clause") continue;
      const title = amounts ? `first test: ${amounts.get(e.name.name) ?? "no award"}` : undefined;
      if (title)
        lenses.push({ range: rangeOf(a.doc, { offset: e.span.offset, length: 0 }), command: { title, command: "" } });
    }
  }
  return lenses;
}

function resultTitle(outcome: TestOutcome | undefined): string {
  if (!outcome) return "not run: the policy has errors";
  if (outcome.passed) return "✓ passes";
  const first = outcome.failures[0] ?? "";
  const more = outcome.failures.length > 1 ? ` (+${outcome.failures.length - 1} more)` : "";
  return `✗ ${first.length > 80 ? `${first.slice(0, 79)}…` : first}${more}`;
}

/** Each clause's award (summed over items) for the first test's facts, as drafters write amounts. */
function firstTestAmounts(a: Analysis): Map<string, string> | undefined {
  const ir = a.result.ir;
  const first = ir?.tests[0];
  if (!ir || !first) return undefined;
  const outcome = evaluateFacts(ir, first.facts);
  const out = new Map<string, string>();
  if (!outcome.ok) {
    for (const article of ir.articles) for (const c of article.clauses) out.set(c.id, "its facts are invalid");
    return out;
  }
  const r = outcome.result;
  const sums = new Map<string, Dec>();
  for (const award of r.awards) sums.set(award.clause, (sums.get(award.clause) ?? new Dec(0)).plus(award.amount));
  for (const [clause, sum] of sums) out.set(clause, formatWan(sum));
  for (const p of r.pending) if (!out.has(p.clause)) out.set(p.clause, `pending (${p.reason})`);
  for (const n of r.nonMonetary) if (!out.has(n.clause)) out.set(n.clause, "non-monetary");
  if (!r.inForce) for (const article of ir.articles) for (const c of article.clauses) out.set(c.id, "not in force");
  return out;
}
