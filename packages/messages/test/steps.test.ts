import { describe, expect, test } from "vitest";
import { translateStep } from "../src/index.js";

describe("explanation steps in Chinese reports", () => {
  test("fixed phrases are translated; the policy's source and the values stay as written", () => {
    expect(translateStep("tier reached: at least 1亿元 → 100万元", "zh")).toBe("达到档位：at least 1亿元 → 100万元");
    expect(translateStep("by p.phase: case 2 → 300万元", "zh")).toBe("by p.phase：情形 2 → 300万元");
  });

  test("stacking: the awards a kept award was preferred to, each with its article, item and amount", () => {
    const step =
      "stacking highest (从优、就高、不重复): kept over demo art. 1 platformGrant for cv-1 (8000000.00), other art. 12 x (5.00)";
    expect(translateStep(step, "zh")).toBe(
      "叠加规则 highest（从优、就高、不重复）：优于 demo 第1条 platformGrant · cv-1（8000000.00）、other 第12条 x（5.00）",
    );
    expect(translateStep("stacking sum: kept over p art. 2 c (1.00)", "zh")).toBe(
      "叠加规则 sum：优于 p 第2条 c（1.00）",
    );
    expect(translateStep(step, "en")).toBe(step);
  });

  test("intermediate values: `; where` and the date a dated parameter's value applies from", () => {
    const step = "workshopCap: 2000000; where workshopCap = 2000000 元 (the value from 2027-01-01, on 2027-03-01)";
    expect(translateStep(step, "zh")).toBe(
      "workshopCap: 2000000；其中 workshopCap = 2000000 元（自 2027-01-01 起适用的值，申请日 2027-03-01）",
    );
    expect(translateStep(step, "en")).toBe(step);
  });

  test("values by their unit stay as written; the branch an `if` took is translated", () => {
    const step =
      "amount = 50000; where rdStockRate = 5%; if p.x > 1亿元: false: else → 0.5%; by p.k = a: case a → 5万元 = 50000 元";
    expect(translateStep(step, "zh")).toBe(
      "amount = 50000；其中 rdStockRate = 5%; if p.x > 1亿元：条件不成立，取 `else` → 0.5%; by p.k = a：情形 a → 5万元 = 50000 元",
    );
    expect(translateStep("x; where if c: true: then → 1%", "zh")).toBe("x；其中 if c：条件成立，取 `then` → 1%");
  });

  test("the citation of a dated parameter", () => {
    expect(translateStep("lpr = 3% (from 2025-05-20, on 2025-07-01): “一年期贷款市场报价利率”", "zh")).toBe(
      "lpr = 3%（自 2025-05-20 起，申请日 2025-07-01）: “一年期贷款市场报价利率”",
    );
    expect(translateStep("lpr = 3.1% (before 2025-05-20, on 2025-01-01)", "zh")).toBe(
      "lpr = 3.1%（2025-05-20 之前，申请日 2025-01-01）",
    );
  });
});
