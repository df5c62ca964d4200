import { describe, expect, it } from "vitest";
import { benchDiff } from "../src/bench-diff.js";

describe("the plain script `diff --population` is measured against", () => {
  it("computes the totals `subsidia diff` computes (checked by the benchmark on every run)", async () => {
    const [d] = await benchDiff([300], 1);
    expect(d).toMatchObject({ lines: 300, runs: 1 });
    expect(d!.seconds).toBeGreaterThan(0);
    expect(d!.plainSeconds).toBeGreaterThan(0);
  }, 300_000);
});
