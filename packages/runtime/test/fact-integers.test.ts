/**
 * `integerReader` reads integer facts faster on safe non-negative integers: it must give what
 * `readScalar` gives for every value and every range, the same decimal or null alike.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputType } from "@subsidia/ir";
import { integerReader, readScalar } from "../src/fact-scalars.js";
import { Dec } from "../src/money.js";

type Ranged = Extract<InputType, { kind: "integer" | "number" }>;

const bound = fc.option(
  fc.oneof(
    fc.integer({ min: -5, max: 20 }).map(String),
    fc.constantFrom("1.5", "0.5", "-0.5", "2.999", "9007199254740993", "100000000000000000000"),
  ),
  { nil: undefined },
);
const value = fc.oneof(
  fc.integer({ min: -5, max: 25 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, -0, 2 ** 53, 1e21, 1.5, Number.NaN, 10000000, 12345678),
  fc.integer({ min: -5, max: 25 }).map(String),
  fc.constantFrom("3", " 4 ", "2.0", "abc", null, true),
);

describe("integer facts read by the integer reader", () => {
  it("are the decimals readScalar gives, in range or null alike", () => {
    fc.assert(
      fc.property(bound, bound, value, (min, max, v) => {
        const type: Ranged = { kind: "integer", min, max };
        const read = integerReader(type);
        const got = read(v);
        const expected = readScalar(type, v) as Dec | null;
        if (expected === null) expect(got).toBeNull();
        else {
          expect(got).not.toBeNull();
          expect({ s: got!.s, e: got!.e, d: got!.d, text: got!.toFixed() }).toEqual({
            s: expected.s,
            e: expected.e,
            d: expected.d,
            text: expected.toFixed(),
          });
          expect(got).toBeInstanceOf(Dec);
        }
        // the bounds are parsed once: a second read gives the same
        expect(read(v)).toEqual(got);
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    [{ min: "1", max: "3" }, 0, null],
    [{ min: "1", max: "3" }, 1, "1"],
    [{ min: "1", max: "3" }, 3, "3"],
    [{ min: "1", max: "3" }, 4, null],
    [{ min: "1.5" }, 1, null],
    [{ min: "1.5" }, 2, "2"],
    [{ max: "2.999" }, 3, null],
    [{}, 9007199254740991, "9007199254740991"],
  ])("with %o, %s reads as %s", (range, v, text) => {
    expect(integerReader({ kind: "integer", ...range })(v)?.toFixed() ?? null).toBe(text);
  });
});
