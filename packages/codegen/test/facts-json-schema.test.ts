import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { validateFacts } from "@subsidia/runtime";
import { factsJsonSchema } from "../src/facts-json-schema.js";
import { everyKind } from "./policies.js";

/**
 * The JSON Schema must accept exactly the facts the runtime accepts. Facts are drawn
 * from valid and invalid values of each kind; a JSON Schema validator (zod's
 * `fromJSONSchema`, which checks `format: "date"`) and `validateFacts` must agree.
 */
const policy = everyKind();
const validator = z.fromJSONSchema(factsJsonSchema(policy) as Parameters<typeof z.fromJSONSchema>[0]);

const junk = [null, true, "", "abc", {}, [], 1.5, -1];
/** Usually one of the valid values; now and then one of the near misses or junk of any kind. */
const kind = (valid: unknown[], invalid: unknown[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 20 },
    { arbitrary: fc.constantFrom(...invalid, ...junk), weight: 1 },
  );
const maybe = (arb: fc.Arbitrary<unknown>) => fc.option(arb, { nil: undefined, freq: 3 });
const money = kind(
  [0, 12, 0.5, "12345678.91", " 42 ", "1e3", "2.5E3", "-0", -0, "1.5000000"],
  ["-1", "-0.5", "1.", ".5", "1,000", -0.01, "1".repeat(21), `0.${"0".repeat(20)}1`, 1e21],
);

const facts = fc.record(
  {
    applicationDate: kind(
      ["2026-06-01", "2024-02-29"],
      ["2026-02-30", "2026-6-1", 20260601, "2026-06-01T00:00:00Z", " 2026-06-01"],
    ),
    share: maybe(
      kind([0.3, -0.1, "30%", " 30 % ", "-5%", "0.3", "12.5%"], ["x%", "%", "30%%", "12.3456789012345678901%"]),
    ),
    projcts: maybe(fc.constant([])),
    headcount: maybe(kind([3, -4, "12", " -4 ", "1.0", "1e2"], [2.5, "1.5", 1e21])),
    score: maybe(kind([-2.5, 7, "3.25"], ["1,5", "-", "NaN"])),
    name: maybe(kind(["x", ""], [3, false])),
    listed: maybe(kind([false, true], ["true", 0])),
    size: maybe(kind(["small", "large"], ["Small", 1])),
    rd: maybe(
      fc.oneof(
        { arbitrary: fc.record({ current: money, previous: maybe(money) }), weight: 20 },
        { arbitrary: fc.constantFrom(...junk), weight: 1 },
      ),
    ),
    projects: maybe(
      fc.oneof(
        {
          arbitrary: fc.array(
            fc.oneof(
              { arbitrary: fc.record({ id: kind(["p-1"], [7]), investment: money }), weight: 20 },
              { arbitrary: fc.constantFrom(...junk), weight: 1 },
            ),
            { maxLength: 3 },
          ),
          weight: 20,
        },
        { arbitrary: fc.constantFrom(...junk), weight: 1 },
      ),
    ),
  },
  { requiredKeys: [] },
);

describe("the facts' JSON Schema", () => {
  test("accepts exactly what the runtime accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(facts, (f) => {
        const ok = validateFacts(policy, f).ok;
        expect(validator.safeParse(f).success).toBe(ok);
        if (ok) accepted++;
      }),
      { numRuns: 2000 },
    );
    // both sides of the agreement are exercised
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(1980);
  });

  test("both accept a well-formed applicant, and both refuse a negative amount", () => {
    const good = {
      applicationDate: "2026-06-01",
      rd: { current: "800000" },
      projects: [{ id: "p-1", investment: 1000 }],
    };
    expect([validator.safeParse(good).success, validateFacts(policy, good).ok]).toEqual([true, true]);
    const bad = { ...good, projects: [{ id: "p-1", investment: "-1" }] };
    expect([validator.safeParse(bad).success, validateFacts(policy, bad).ok]).toEqual([false, false]);
  });
});
