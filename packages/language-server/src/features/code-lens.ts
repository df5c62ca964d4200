import { Dec, evaluateFacts, formatWan, runPolicyTests, type TestOutcome } from "@subsidia/runtime";
import { type Lang, type Translate, translateFailure, translateStep, translator } from "@subsidia/messages";
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
export function codeLenses(a: Analysis, lang: Lang = "en"): CodeLens[] {
  const tr = translator(lang);
  const lenses: CodeLens[] = [];
  const results = testOutcomes(a);
  const tests = a.result.ast.items.filter((i) => i.kind === "Test");
  tests.forEach((t, i) => {
    const range = rangeOf(a.doc, { offset: t.span.offset, length: 0 });
    lenses.push({ range, command: { title: tr("editor.run"), command: RUN_TEST, arguments: [a.doc.uri, i] } });
    lenses.push({ range, command: { title: resultTitle(results?.[i], lang, tr), command: "" } });
  });
  const amounts = firstTestAmounts(a, lang, tr);
  for (const item of a.result.ast.items) {
    if (item.kind !== "Article") continue;
    for (const e of item.entries) {
      if (e.kind !== "Clause") continue;
      const title = amounts
        ? tr("editor.firstTest", { amount: amounts.get(e.name.name) ?? tr("editor.noAward") })
        : undefined;
      if (title)
        lenses.push({ range: rangeOf(a.doc, { offset: e.span.offset, length: 0 }), command: { title, command: "" } });
    }
  }
  return lenses;
}

function resultTitle(outcome: TestOutcome | undefined, lang: Lang, tr: Translate): string {
  if (!outcome) return tr("editor.notRun");
  if (outcome.passed) return tr("editor.passes");
  const whole = translateFailure(outcome.failures[0] ?? "", lang, (yuan) => formatWan(new Dec(yuan)));
  const first = whole.length > 80 ? `${whole.slice(0, 79)}…` : whole;
  const count = outcome.failures.length - 1;
  return count > 0 ? tr("editor.failedMore", { first, count }) : tr("editor.failed", { first });
}

/** Each clause's award (summed over items) for the first test's facts, as drafters write amounts. */
function firstTestAmounts(a: Analysis, lang: Lang, tr: Translate): Map<string, string> | undefined {
  const ir = a.result.ir;
  const first = ir?.tests[0];
  if (!ir || !first) return undefined;
  const outcome = evaluateFacts(ir, first.facts);
  const out = new Map<string, string>();
  if (!outcome.ok) {
    for (const article of ir.articles) for (const c of article.clauses) out.set(c.id, tr("editor.invalidFacts"));
    return out;
  }
  const r = outcome.result;
  const sums = new Map<string, Dec>();
  for (const award of r.awards) sums.set(award.clause, (sums.get(award.clause) ?? new Dec(0)).plus(award.amount));
  for (const [clause, sum] of sums) out.set(clause, formatWan(sum));
  for (const p of r.pending)
    if (!out.has(p.clause)) out.set(p.clause, tr("editor.pendingAward", { reason: translateStep(p.reason, lang) }));
  for (const n of r.nonMonetary) if (!out.has(n.clause)) out.set(n.clause, tr("editor.nonMonetary"));
  if (!r.inForce)
    for (const article of ir.articles) for (const c of article.clauses) out.set(c.id, tr("editor.notInForce"));
  return out;
}
