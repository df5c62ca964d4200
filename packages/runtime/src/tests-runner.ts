import { assertNever, type Expectation, type Policy, type Span } from "@subsidia/ir";
import type { Probe } from "./coverage-probe.js";
import { evaluatePolicy } from "./evaluate.js";
import type { FactsError } from "./facts.js";
import { validateFacts } from "./facts-schema.js";
import { Dec, formatYuan, ZERO } from "./money.js";
import type { Award, Result } from "./result.js";
import { EvaluationError } from "./values.js";

export interface TestOutcome {
  name: string;
  passed: boolean;
  failures: string[];
  span: Span;
}

const yuan = (s: string): string => formatYuan(new Dec(s));
const sum = (awards: readonly Award[]): string => formatYuan(awards.reduce((s, a) => s.plus(new Dec(a.amount)), ZERO));
const forItem = (item: string | undefined): string => (item !== undefined ? ` for \`${item}\`` : "");

function checkAmount(what: string, expected: string, got: string): string | null {
  return new Dec(expected).eq(new Dec(got)) ? null : `expected ${what} ${yuan(expected)}, got ${got}`;
}

/** The failure of one expectation on a result, or null when it holds. */
function check(x: Expectation, r: Result): string | null {
  switch (x.kind) {
    case "total":
      return checkAmount("total", x.amount, r.total);
    case "upToTotal":
      return checkAmount("up-to total", x.amount, r.upToTotal);
    case "article":
      return checkAmount(`article ${x.article} =`, x.amount, sum(r.awards.filter((a) => a.article === x.article)));
    case "award": {
      const found = r.awards.filter((a) => a.clause === x.clause && (x.item === undefined || a.item === x.item));
      if (found.length > 0) return checkAmount(`award ${x.clause}${forItem(x.item)} =`, x.amount, sum(found));
      // an eligible item that comes to 0 (computed, excluded, paid before) is an award of 0
      const zero = r.zeroAwards.some((z) => z.clause === x.clause && (x.item === undefined || z.item === x.item));
      if (zero) return checkAmount(`award ${x.clause}${forItem(x.item)} =`, x.amount, "0.00");
      const pending = r.pending.find((p) => p.clause === x.clause && (x.item === undefined || p.item === x.item));
      return `expected award ${x.clause}${forItem(x.item)} = ${yuan(x.amount)}, got ${pending ? `pending (${pending.reason})` : "no award"}`;
    }
    case "pending": {
      if (r.pending.some((p) => p.clause === x.clause)) return null;
      const award = r.awards.find((a) => a.clause === x.clause);
      return `expected ${x.clause} to be pending, got ${award ? `an award of ${award.amount}` : "nothing pending"}`;
    }
    case "noAward": {
      const found = r.awards.filter(
        (a) => (x.clause === undefined || a.clause === x.clause) && (x.item === undefined || a.item === x.item),
      );
      if (found.length === 0) return null;
      const list = found.map((a) => `${a.clause}${forItem(a.item)} = ${a.amount}`).join(", ");
      return `expected no award${x.clause !== undefined ? ` ${x.clause}` : ""}${forItem(x.item)}, got ${list}`;
    }
    case "inForce":
      return r.inForce === x.value
        ? null
        : `expected ${x.value ? "in force" : "not in force"}, got ${r.inForce ? "in force" : "not in force"}`;
    case "invalidFacts":
      return `expected invalid facts at \`${x.path}\`, but the facts are valid`;
    default:
      return assertNever(x, "expectation");
  }
}

function checkInvalid(expects: readonly Expectation[], errors: readonly FactsError[]): string[] {
  const listed = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
  return expects.flatMap((x) => {
    if (x.kind !== "invalidFacts") return [`expected ${x.kind} but the facts are invalid: ${listed}`];
    return errors.some((e) => e.path === x.path) ? [] : [`expected invalid facts at \`${x.path}\`, got ${listed}`];
  });
}

/** Runs the tests written next to a policy's clauses. */
export function runPolicyTests(policy: Policy, options: { probe?: Probe | undefined } = {}): TestOutcome[] {
  return policy.tests.map((t) => {
    let failures: string[];
    const valid = validateFacts(policy, t.facts);
    if (!valid.ok) failures = checkInvalid(t.expects, valid.errors);
    else {
      try {
        const r = evaluatePolicy(policy, valid.facts, options);
        failures = t.expects.map((x) => check(x, r)).filter((f): f is string => f !== null);
      } catch (e) {
        if (!(e instanceof EvaluationError)) throw e;
        failures = [`the policy cannot be evaluated at ${e.path}: ${e.message}`];
      }
    }
    return { name: t.name, passed: failures.length === 0, failures, span: t.span };
  });
}
