import { describe, expect, test } from "vitest";
import { translateFactsError } from "../src/index.js";

/** The messages of invalid facts as the runtime writes them (facts-schema.ts, facts-keys.ts, fact-scalars.ts). */
const CASES: [string, string][] = [
  ["required fact is missing: expected `true` or `false`", "缺少必需的事实：应为 `true` 或 `false`"],
  [
    "required fact is missing: expected one of `new`, `renovation`, `expansion`",
    "缺少必需的事实：应为 `new`、`renovation`、`expansion` 之一",
  ],
  [
    "expected a non-negative amount in yuan (a number or a decimal string), got `-5`",
    "应为以元计的非负金额（数字或十进制数字串），实际为 `-5`",
  ],
  [
    "expected a non-negative amount in yuan (a number or a decimal string), got `1.123` " +
      "(more digits than amounts carry: at most 20 before the point and 2 after)",
    "应为以元计的非负金额（数字或十进制数字串），实际为 `1.123`（位数超出金额能容纳的范围：小数点前至多 20 位，小数点后至多 2 位）",
  ],
  [
    "expected a percent (a fraction such as 0.3 or a string such as `30%`), got `abc`",
    "应为百分比（如 0.3 的小数，或如 `30%` 的字符串），实际为 `abc`",
  ],
  ["expected an integer from 1 to 3, got `4`", "应为整数，取值 1 至 3，实际为 `4`"],
  ["expected an integer of at least 0, got `-1`", "应为整数，不小于 0，实际为 `-1`"],
  [
    "expected a number (a number or a decimal string) of at most 10, got `11`",
    "应为数值（数字或十进制数字串），不大于 10，实际为 `11`",
  ],
  [
    "expected a date YYYY-MM-DD, got `2026-02-30` (not a calendar date)",
    "应为日期，格式为 年-月-日（如 2026-02-13），实际为 `2026-02-30`（不是日历上的日期）",
  ],
  ["expected a string, got `3`", "应为字符串，实际为 `3`"],
  ["expected a record (an object), got `[]`", "应为记录（对象），实际为 `[]`"],
  ["expected a list of records (an array), got `{}`", "应为记录的列表（数组），实际为 `{}`"],
  ["expected one of `a`, `b`, got `c, got d`", "应为 `a`、`b` 之一，实际为 `c, got d`"],
  ["expected the facts as an object of named facts, got `[]`", "事实应为一个由具名事实组成的对象，实际为 `[]`"],
  ["expected facts nested at most 64 levels deep", "事实的嵌套应至多 64 层"],
  ["expected a list of at most 100 items, got 101", "列表应至多 100 项，实际为 101 项"],
  ["unknown fact; did you mean `projects`?", "未知的事实；是否想写 `projects`？"],
  ["unknown fact; expected no facts here", "未知的事实；此处不应有事实"],
  ["unknown fact; expected one of `a`, `b`, …", "未知的事实；应为 `a`、`b`、… 之一"],
];

describe("the messages of invalid facts", () => {
  test.each(CASES)("in Chinese: %s", (en, zh) => {
    expect(translateFactsError(en, "zh")).toBe(zh);
  });

  test("in English as the runtime wrote them; a message of an unknown shape as written in both", () => {
    for (const [en] of CASES) expect(translateFactsError(en, "en")).toBe(en);
    expect(translateFactsError("something new", "zh")).toBe("something new");
  });
});
