/**
 * Every policy under policies/ gives the same results in both evaluators: the explaining
 * interpreter and the compiled one (with its integer fast path), on each policy's own tests
 * and on those facts with their amounts replaced by random ones: cents, the policy's own
 * knees, amounts finer than a cent, at 2^53 cents and past it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLibrary } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { compileAmounts, EvaluationError, evaluatePolicy, policyOn, validateFacts } from "@subsidia/runtime";
import { repo } from "../src/policy.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith(".subsidia") ? [path] : [];
  });
}

/** Every policy of the library, and each with an implementing rule filled in (on the rule's first day). */
const library = compileLibrary(
  files(join(repo, "policies")).map((file) => ({ file, text: readFileSync(file, "utf8") })),
);
const policies = library.policies.flatMap((ir) => {
  const withRules = library.rules
    .filter((r) => r.implements === ir.id)
    .map((r) => ({ name: `${ir.id} with ${r.id}`, ir: policyOn(ir, library, () => r.validity.from).policy }));
  return [{ name: ir.id, ir }, ...withRules];
});

/** The interpreter's outcome as the compiled evaluator gives it: no explanations, titles, cited text. */
function interpreted(ir: Policy, facts: unknown) {
  const valid = validateFacts(ir, facts);
  if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
  try {
    const r = evaluatePolicy(ir, valid.facts);
    const awards = r.awards.map(({ explanation: _e, title: _t, citation: _c, rules: _r, ...a }) => a);
    const zeroAwards = r.zeroAwards.map(({ explanation: _e, ...z }) => z);
    return { ok: true, result: { ...r, awards, zeroAwards } };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      ok: false,
      kind: "eval",
      errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
    };
  }
}

const PLAIN = /^\d+(\.\d+)?$/;
const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 11n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`),
  fc.integer({ min: 0, max: 10 ** 9 }),
  fc.constantFrom("0.005", "12.345", "100.015", "90071992547409.91", "90071992547409.93", "10000000000000.01"),
);

/** The facts with each plain amount (a decimal string or a number) replaced by one of `pool`, in turn. */
function shaken(facts: unknown, pool: readonly (string | number)[]): unknown {
  let k = 0;
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === "object")
      return Object.fromEntries(Object.entries(x).map(([key, v]) => [key, walk(v)]));
    const plain = typeof x === "number" ? Number.isFinite(x) && x >= 0 : typeof x === "string" && PLAIN.test(x);
    if (!plain || pool.length === 0) return x;
    const next = pool[k++ % pool.length];
    return next === undefined || /^\d+$/.test(String(x)) !== /^\d+$/.test(String(next)) ? x : next;
  };
  return walk(facts);
}

describe("every policy gives the same results in the interpreter and the compiled evaluator", () => {
  it("the library compiles: twelve policies, one with its implementing rules", () => {
    expect(library.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(policies.length).toBe(13);
  });

  it.each(policies)("$name", ({ ir }) => {
    expect(ir.tests.length).toBeGreaterThan(0);
    const compiled = compileAmounts(ir);
    const agree = (facts: unknown): void => {
      expect(JSON.stringify(compiled.run(facts))).toBe(JSON.stringify(interpreted(ir, facts)));
    };
    for (const t of ir.tests) agree(t.facts);
    const tests = ir.tests.map((t) => t.facts);
    fc.assert(
      fc.property(fc.constantFrom(...tests), fc.array(amount, { minLength: 1, maxLength: 8 }), (facts, pool) =>
        agree(shaken(facts, pool)),
      ),
      { numRuns: 300 },
    );
  });
});
