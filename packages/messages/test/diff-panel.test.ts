import { describe, expect, test } from "vitest";
import { DIFF_PANEL_EN, DIFF_PANEL_ZH, type DiffPanelKey, diffPanel, paramNames } from "../src/index.js";

describe("the playground's compare panel", () => {
  test("each Chinese label takes the English one's parameters and has no English word", () => {
    for (const key of Object.keys(DIFF_PANEL_EN) as DiffPanelKey[]) {
      expect(paramNames(DIFF_PANEL_ZH[key]).sort(), key).toEqual(paramNames(DIFF_PANEL_EN[key]).sort());
      expect(DIFF_PANEL_ZH[key].replace(/\{[^}]*\}/g, "").match(/[A-Za-z]{2,}/g), key).toBeNull();
    }
  });

  test("the count of changes: a plural in English, a counter in Chinese", () => {
    expect(diffPanel("en", "counts", { behavioural: 1, other: 0 })).toBe("1 change of awards, 0 other");
    expect(diffPanel("en", "counts", { behavioural: 2, other: 3 })).toBe("2 changes of awards, 3 other");
    expect(diffPanel("zh", "counts", { behavioural: 2, other: 3 })).toBe("2 处奖补变化，3 处其他变化");
  });
});
