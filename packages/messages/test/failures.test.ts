import { describe, expect, test } from "vitest";
import { translateFailure } from "../src/index.js";

/** 万元 as the CLI shows them, enough for these amounts */
const wan = (yuan: string) => `${Number(yuan) / 10000}万元`;

describe("failures of policy tests in Chinese reports", () => {
  test.each([
    ["expected total 81440000.00, got 79440000.00", "应付合计应为 8144万元，实际为 7944万元"],
    ["expected up-to total 500000.00, got 0.00", "含最高额合计应为 50万元，实际为 0万元"],
    ["expected article 8 = 10000000.00, got 8000000.00", "第8条应为 1000万元，实际为 800万元"],
    [
      "expected award platformConstruction for `cv-1` = 9999999.90, got 8000000.00",
      "奖补 platformConstruction（`cv-1`） 应为 999.99999万元，实际为 800万元",
    ],
    ["expected award rdGrant = 500000.00, got no award", "奖补 rdGrant 应为 50万元，实际为 无奖补"],
    [
      "expected award rdSubsidy = 500000.00, got pending (比例待定)",
      "奖补 rdSubsidy 应为 50万元，实际为 待定（比例待定）",
    ],
    ["expected rdSubsidy to be pending, got an award of 500000.00", "rdSubsidy 应为待定，实际为 奖补 50万元"],
    ["expected rdSubsidy to be pending, got nothing pending", "rdSubsidy 应为待定，实际为 无待定"],
    ["expected no award rdGrant, got rdGrant = 500000.00", "应无奖补 rdGrant，实际为 rdGrant = 500000.00"],
    ["expected in force, got not in force", "应在有效期内，实际不在有效期内"],
    ["expected invalid facts at `a.b`, but the facts are valid", "事实应在 `a.b` 处无效，但事实有效"],
    [
      "expected invalid facts at `a.b`, got x: unknown fact; did you mean `y`?; a.c: expected a string, got `1`",
      "事实应在 `a.b` 处无效，实际为：x：未知的事实；是否想写 `y`？；a.c：应为字符串，实际为 `1`",
    ],
  ])("%s", (en, zh) => {
    expect(translateFailure(en, "zh", wan)).toBe(zh);
    expect(translateFailure(en, "en", wan)).toBe(en);
  });

  test("a failure of another shape is shown as the runtime wrote it", () => {
    expect(translateFailure("something new", "zh")).toBe("something new");
  });
});
