import { describe, expect, test } from "vitest";
import { paramNames, t, UI_EN, UI_ZH, type UiKey } from "../src/index.js";

const keys = Object.keys(UI_EN) as UiKey[];

describe("the interface catalogue", () => {
  test.each(keys)("%s: the Chinese label takes the same parameters as the English", (key) => {
    expect(paramNames(UI_ZH[key]).sort()).toEqual(paramNames(UI_EN[key]).sort());
    expect(UI_ZH[key]).not.toBe("");
  });

  test("Chinese labels are Chinese: no English word of two letters or more outside code and parameters", () => {
    for (const key of keys) {
      const words = UI_ZH[key]
        .replace(/`[^`]*`/g, "")
        .replace(/\{[^}]*\}/g, "")
        .replace(/从优、就高、不重复|Subsidia|JSON|SQL|CSV|Parquet|DuckDB|Shift-Alt-F|Ctrl-C/g, "")
        .match(/[A-Za-z]{2,}/g);
      expect(words, key).toBeNull();
    }
  });

  test("plurals in English, counters in Chinese", () => {
    expect(t("en", "check.summary", { errors: 1, warnings: 2 })).toBe("1 error, 2 warnings");
    expect(t("en", "check.summary", { errors: 0, warnings: 1 })).toBe("0 errors, 1 warning");
    expect(t("zh", "check.summary", { errors: 1, warnings: 2 })).toBe("1 个错误，2 个警告");
    expect(t("zh", "report.article", { number: 4, title: "支持中试熟化平台建设" })).toBe("第4条 支持中试熟化平台建设");
  });
});
