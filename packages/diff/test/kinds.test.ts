import type { Clause, Policy } from "@subsidia/ir";
import { describe, expect, expectTypeOf, test } from "vitest";
import type { COMPARED_BY } from "../src/diff-clause.js";
import { diffPolicies } from "../src/index.js";
import { edit, kinds, policyOf, verifyWitness } from "./helpers.js";
import { B, base, cases } from "./kinds-cases.js";

describe("every change kind, classified and witnessed", () => {
  const before = policyOf(base, B);
  test.each(cases)("%s", (_name, edits, expected) => {
    const after = policyOf(edit(base, ...edits), "after.subsidia");
    const diff = diffPolicies(before, after);
    expect(kinds(diff.changes)).toEqual([...expected].sort());
    for (const c of diff.changes.filter((x) => x.behavioural)) {
      if (c.kind === "stacking" || c.kind === "stack-key") {
        expect(c.witness).toBeNull();
        expect(c.note).toMatch(/several policies/);
        continue;
      }
      expect(c.witness, `${c.kind}: ${c.note ?? ""}`).toBeTruthy();
      const clause = c.clause === null || c.kind === "clause-order" ? null : c.clause;
      const old =
        c.kind === "clause-added"
          ? "(none)"
          : before.articles.flatMap((a) => a.clauses).some((x) => x.id === clause)
            ? clause
            : null;
      verifyWitness(before, after, c.witness!, {
        before: c.kind === "clause-renamed" ? null : old === "(none)" ? clause : old,
        after: clause,
      });
    }
  });
});

describe("every part of a clause is compared", () => {
  test("the comparison table names every key of the IR's Clause (a new key fails the type check)", () => {
    expectTypeOf<keyof typeof COMPARED_BY>().toEqualTypeOf<keyof Clause>();
  });

  test("a key the IR does not declare (a hand-edited or newer IR) is compared as data", () => {
    const before = policyOf(base, B);
    const article = before.articles[0]!;
    const withPart = (value: unknown): Policy => ({
      ...before,
      articles: [{ ...article, clauses: article.clauses.map((c, i) => (i === 0 ? { ...c, frobnicate: value } : c)) }],
    });
    const changes = diffPolicies(withPart([40, 60]), withPart([50, 50])).changes;
    expect(changes.map((c) => [c.kind, c.clause, c.summary, c.behavioural])).toEqual([
      ["clause-part", article.clauses[0]!.id, "frobnicate changed", true],
    ]);
    expect(diffPolicies(withPart([40, 60]), withPart([40, 60])).changes).toEqual([]);
  });
});
