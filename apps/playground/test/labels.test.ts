import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { boxOf, type Label, overlaps, placeLabels } from "../src/curve/labels.js";

const label = fc.record({
  x: fc.integer({ min: 60, max: 530 }),
  y: fc.integer({ min: 30, max: 210 }),
  text: fc.constantFrom("cap 1000万元", "knee 3333.33万元", "at least 2000万元", "cv-1: 2000万元 → 900万元", "≥ 1亿元"),
  anchor: fc.constantFrom<"start" | "end">("start", "end"),
  size: fc.constantFrom(10.5, 11),
}) as fc.Arbitrary<Label>;

describe("curve labels", () => {
  test("no two placed labels overlap, whenever there is room for them", () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 6 }), (labels) => {
        const placed = placeLabels(labels, 28, 216);
        for (const [i, a] of placed.entries())
          for (const b of placed.slice(i + 1)) expect(overlaps(boxOf(a), boxOf(b))).toBe(false);
        placed.forEach((p, i) => expect(p.x).toBe(labels[i]!.x));
      }),
      { numRuns: 300 },
    );
  });

  test("a label with room keeps its place; one on top of another moves by a line", () => {
    const a: Label = { x: 100, y: 100, text: "cap 1000万元", anchor: "start", size: 10.5 };
    const [first, second] = placeLabels([a, { ...a, text: "at least 2000万元" }], 20, 220);
    expect(first!.y).toBe(100);
    expect(Math.abs(second!.y - 100)).toBeCloseTo(14.65);
  });
});
