import { describe, expect, test } from "vitest";
import {
  IMPACT_MD_EN,
  IMPACT_MD_ZH,
  type ImpactMdKey,
  impactMd,
  paramNames,
  translateSkipReason,
} from "../src/index.js";

describe("the budget impact's comment and skipped lines", () => {
  test("each Chinese line takes the English one's parameters and has no English word", () => {
    for (const key of Object.keys(IMPACT_MD_EN) as ImpactMdKey[]) {
      expect(paramNames(IMPACT_MD_ZH[key]).sort(), key).toEqual(paramNames(IMPACT_MD_EN[key]).sort());
      expect(IMPACT_MD_ZH[key].replace(/`[^`]*`|\{[^}]*\}/g, "").match(/[A-Za-z]{2,}/g), key).toBeNull();
    }
    expect(impactMd("en", "skipped", { count: 1, lines: "3 (…)" })).toBe("Skipped 1 line: 3 (…).");
    expect(impactMd("zh", "skipped", { count: 2, lines: "…" })).toBe("跳过 2 行：…。");
  });

  test("why a line was skipped, in Chinese: paths and values as written, the facts' problem translated", () => {
    const zh = (reason: string) => translateSkipReason(reason, "zh");
    expect(
      zh(
        "invalid facts for the new version: projects[0].highTech: required fact is missing: expected `true` or `false` (and 2 more)",
      ),
    ).toBe("事实无效（新版本）：projects[0].highTech：缺少必需的事实：应为 `true` 或 `false`（另有 2 个问题）");
    expect(zh("invalid facts: rdInvestment: expected a record (an object), got `7`")).toBe(
      "事实无效：rdInvestment：应为记录（对象），实际为 `7`",
    );
    expect(zh("a line of more than 1048576 bytes, more than the limit of 1048576")).toBe(
      "一行超过 1048576 字节，超出上限 1048576 字节",
    );
    expect(zh("3 more lines skipped")).toBe("另有 3 行被跳过");
    // the JSON parser's words are shown as it wrote them
    expect(zh("malformed JSON: unexpected end")).toBe("malformed JSON: unexpected end");
    expect(translateSkipReason("3 more lines skipped", "en")).toBe("3 more lines skipped");
  });
});
