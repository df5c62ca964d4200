import { describe, expect, test } from "vitest";
import { diffPolicies } from "../src/index.js";
import { edit, kinds, policyOf, verifyWitness } from "./helpers.js";
import { cases, corpus } from "./wave2-cases.js";

describe("a change to a second-wave construct", () => {
  test.each(cases)("%s (%s)", (_name, fixture, change, expected, witnessed) => {
    const text = corpus(fixture);
    const [before, after] = [policyOf(text), policyOf(edit(text, change), "after.subsidia")];
    const changes = diffPolicies(before, after).changes;
    expect(kinds(changes)).toEqual(expected);
    const c = changes[0]!;
    if (witnessed === "none exists") {
      for (const x of changes)
        expect([x.witness ?? null, x.note]).toEqual([
          null,
          expect.stringMatching(/^no applicant among \d+ candidates/),
        ]);
      return;
    }
    if (witnessed === "none by design") {
      expect(c.witness ?? null).toBeNull();
      expect(c.note).toMatch(/instalments change when an award is paid|only in a population run/);
      return;
    }
    expect(c.witness, c.note).toBeTruthy();
    verifyWitness(before, after, c.witness!, { before: c.clause, after: c.clause });
    // a range's low end shows in the outcome: the same high end, two low ends
    if (c.kind === "range")
      expect([c.witness!.before.low, c.witness!.after.low]).toEqual(["200000000.00", "300000000.00"]);
  });
});
