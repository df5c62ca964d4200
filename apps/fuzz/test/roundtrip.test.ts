import fc from "fast-check";
import { format, hasErrors, parse } from "@subsidia/syntax";
import { describe, expect, it } from "vitest";
import { checkPolicyText } from "../src/check-text.js";
import { compilingLayoutMutant } from "../src/texts.js";

/**
 * The formatter's round trip on mutants of the repository's real policies (other spaces,
 * line breaks of every kind, comments, other literal values, strings with odd characters):
 * format(format(x)) = format(x), every string and comment kept, and the formatted text
 * compiles to the same IR (spans and layout aside) with the same diagnostics. The oracle is
 * the fuzz oracle of a policy text (src/check-text.ts).
 */
describe("the formatter's round trip", () => {
  it("on layout mutants of real policies", () => {
    let formatted = 0;
    fc.assert(
      fc.property(compilingLayoutMutant, (text) => {
        checkPolicyText(text, "mutant.subsidia");
        if (!hasErrors(parse(text, "mutant.subsidia").diagnostics)) formatted++;
      }),
      { numRuns: 150 },
    );
    // the mutants nearly always parse: the round trip is what is tested, not the refusal
    expect(formatted).toBeGreaterThan(120);
  });

  it("formatting a mutant gives the text of the original, formatted, when only the layout changed", () => {
    fc.assert(
      fc.property(compilingLayoutMutant, (text) => {
        const once = format(text, "m.subsidia").text;
        if (once !== undefined) expect(format(once, "m.subsidia").text).toBe(once);
      }),
      { numRuns: 50 },
    );
  });
});
