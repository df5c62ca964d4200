import { expect, test } from "vitest";
import { Prng } from "../src/index.js";

test("a seed fixes the sequence, on every machine (32-bit integer arithmetic only)", () => {
  const a = new Prng("subsidia");
  expect(Array.from({ length: 4 }, () => a.next())).toEqual(
    Array.from(
      { length: 4 },
      (
        (b) => () =>
          b.next()
      )(new Prng("subsidia")),
    ),
  );
  expect(new Prng(7).next()).toBe(new Prng("7").next());
  expect(new Prng(7).next()).not.toBe(new Prng(8).next());
});

test("below(n) covers 0..n-1 evenly enough", () => {
  const r = new Prng(1);
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 10000; i++) counts[r.below(5)]!++;
  for (const c of counts) expect(c).toBeGreaterThan(1800);
  expect(counts.reduce((s, c) => s + c)).toBe(10000);
});
