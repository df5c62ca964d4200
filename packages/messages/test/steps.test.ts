import { describe, expect, test } from "vitest";
import { translateExpected, translateStep } from "../src/index.js";

describe("explanation steps in Chinese reports", () => {
  test("fixed phrases are translated; the policy's source and the values stay as written", () => {
    expect(translateStep("tier reached: at least 1亿元 → 100万元", "zh")).toBe("达到档位：at least 1亿元 → 100万元");
    expect(translateStep("by p.phase: case 2 → 300万元", "zh")).toBe("by p.phase：情形 2 → 300万元");
  });

  test("a value not given, inside a comparison or alone; `is not given` is the policy's source", () => {
    expect(translateStep("x >= 50万元: x not given >= 500000 ✗", "zh")).toBe("x >= 50万元: x 未提供 >= 500000 ✗");
    expect(translateStep("p.x is given: not given ✗", "zh")).toBe("p.x is given: 未提供 ✗");
    expect(translateStep("p.x is not given = true ✓", "zh")).toBe("p.x is not given = true ✓");
  });

  test("the second wave's steps and reasons: history, `once`, `less received`, selection, ranges, exclusions", () => {
    const zh = (text: string) => translateStep(text, "zh");
    expect(
      zh("cap 300万元 (3000000) over lifetime: received 600000.00 (2024-05-01), 900000 left; 1800000 → 900000"),
    ).toBe("cap 300万元 (3000000)（终身累计）：已获 600000.00 (2024-05-01)，剩余 900000; 1800000 → 900000");
    expect(zh("cap total 1000万元 over 3 years: received 0.00, 10000000 left")).toBe(
      "cap total 1000万元（3 年内累计）：已获 0.00，剩余 10000000",
    );
    expect(zh("less received: 200000.00 (2023-06-01); 600000 − 200000 → 400000")).toBe(
      "扣除已获：200000.00 (2023-06-01); 600000 − 200000 → 400000",
    );
    expect(zh("once: already awarded on 2022-01-10 (2000000.00)")).toBe(
      "只奖励一次：已于 2022-01-10 获奖（2000000.00）",
    );
    expect(zh("subject to selection: top 50 by t.score")).toBe("须经择优：按 t.score 取前 50 名");
    expect(zh("range: 40000000.00 to 100000000.00")).toBe("区间：40000000.00 至 100000000.00");
    expect(zh("the amount comes to 0")).toBe("金额为 0");
    expect(zh("excluded (就高): contest for e1 (60000.00) kept")).toBe(
      "已排除（就高）：保留 contest for e1 (60000.00)",
    );
    expect(translateStep("the amount comes to 0", "en")).toBe("the amount comes to 0");
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

  test("what a why-not reason asks for: an award replaced under stacking names the other policy's article", () => {
    expect(translateExpected("more than demo-platform-support art. 1 platformGrant", "zh")).toBe(
      "须高于 demo-platform-support 第1条 platformGrant 的奖补",
    );
    expect(translateExpected("more than 0", "zh")).toBe("多于 0");
    expect(translateExpected("at most 10000000", "zh")).toBe("至多 10000000");
    // a cap's limit in a report's amounts, when the report writes them
    const wan = (yuan: string) => `${Number(yuan) / 10000}万元`;
    expect(translateExpected("at most 10000000", "zh", wan)).toBe("至多 1000万元");
    expect(translateExpected("at most 900000 left of 3000000 over lifetime", "zh", wan)).toBe(
      "剩余至多 90万元（终身累计 300万元）",
    );
    expect(translateExpected("at most 900000 left of 3000000 over 3 years", "zh", wan)).toBe(
      "剩余至多 90万元（3 年内累计 300万元）",
    );
    expect(translateExpected("article 7 in total at most 150元 (150)", "zh", wan)).toBe("第7条合计至多 150元 (150)");
    expect(translateExpected("at most 10000000", "en", wan)).toBe("at most 10000000");
  });
});
