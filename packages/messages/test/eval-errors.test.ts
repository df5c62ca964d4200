import { describe, expect, test } from "vitest";
import { translateEvalError, translateJsonError } from "../src/index.js";

/** Words of two or more Latin letters outside backticks and single quotes: English a Chinese reader would meet. */
const english = (text: string) => text.replace(/`[^`]*`|'[^']*'/g, "").match(/[A-Za-z]{2,}/g) ?? [];
/** Names that are the same in every language. */
const NAMES = new Set(["SQL", "Unicode"]);

/** Why a policy cannot be evaluated, as the runtime and the SQL compiler write it (operations.ts, compile-*.ts). */
const EVAL: [string, string][] = [
  ["division by zero in `p.investment / divisor`", "`p.investment / divisor` 中除数为零"],
  ["unknown parameter `rate`", "未知的参数 `rate`"],
  ["expected a number in `a + b`, got `true`", "`a + b` 中应为数值，实际为 `true`"],
  ["expected a number in `a + b`", "`a + b` 中应为数值"],
  ["expected a condition in `x`", "`x` 中应为条件"],
  ["expected a date in `d + 3 years`, got `x`", "`d + 3 years` 中应为日期，实际为 `x`"],
  ["expected two dates in `years between a and b`", "`years between a and b` 中应为两个日期"],
  [
    "expected a whole number of years, months or days in `d + n years`, got `1.5`",
    "`d + n years` 中应为年、月或日的整数，实际为 `1.5`",
  ],
  ["cannot compare values of different kinds in `a = b`", "`a = b` 中无法比较不同种类的值"],
  ["a step must be above 0 in `1万元 per s of x`, got `0`", "`1万元 per s of x` 中的步长应大于 0，实际为 `0`"],
  ["no case of `by kind` matches `other`", "`by kind` 中没有与 `other` 相符的情形"],
  ["unknown clause `a1` in `award of a1`", "`award of a1` 中有未知的条款 `a1`"],
  ["the budget of `art1` must be one constant amount: `p.cap` is not", "`art1` 的预算应为一个常量金额：`p.cap` 不是"],
  [
    "`registered + 3 years` is not compiled to SQL yet; evaluate this policy with --engine js",
    "`registered + 3 years` 尚未编译为 SQL；请用 `--engine js` 计算此政策",
  ],
  [
    "the count of `registered + term years` must be a constant or a whole number of at most 5 digits by its type " +
      "(`integer from 0 to 100`) to be computed in SQL",
    "`registered + term years` 的次数应为常量，或按其类型（`integer from 0 to 100`）至多 5 位的整数，才能在 SQL 中计算",
  ],
  [
    "`x / y` cannot be computed exactly in SQL: divide by a constant whose reciprocal is a finite decimal (2, 4, 5, 8, 10, …)",
    "`x / y` 无法在 SQL 中精确计算：除数应为倒数是有限小数的常量（2、4、5、8、10 等）",
  ],
  ["more than 38 digits in a whole number", "整数超过 38 位"],
];

/** lossless-json's messages as the CLI words them: lower case first, the position apart (facts-input.ts). */
const JSON_DETAILS: [string, string][] = [
  ["comma ',' expected after value but got '\"'", "值之后应为逗号 ','，实际为 '\"'"],
  ["colon ':' expected after property name but got '2'", "键名之后应为冒号 ':'，实际为 '2'"],
  ["JSON value expected but reached end of input", "应为一个值，但输入已结束"],
  ["quoted object key expected but got '}'", "应为带引号的键名，实际为 '}'"],
  ["quoted object key or end of object '}' expected but got 'x'", "应为带引号的键名或对象的结尾 '}'，实际为 'x'"],
  ["array item or end of array ']' expected but reached end of input", "应为数组的一项或数组的结尾 ']'，但输入已结束"],
  ["expected end of input but got 'x'", "应到此结束，实际为 'x'"],
  ["invalid number '1.', expecting a digit but got ','", "数字 '1.' 无效，应为数字字符，实际为 ','"],
  ["end of string '\"' expected but reached end of input", "应以 '\"' 结束字符串，但输入已结束"],
  ["duplicate key 'id' encountered", "键 'id' 重复"],
  ["invalid character '\\u0001'", "无效的字符 '\\u0001'"],
  ["invalid escape character '\\x'", "无效的转义字符 '\\x'"],
  ["invalid unicode character '\\u12'", "无效的 Unicode 字符 '\\u12'"],
  ["object value expected after ':'", "':' 之后应为一个值"],
];

describe.each([
  ["translateEvalError", translateEvalError, EVAL],
  ["translateJsonError", translateJsonError, JSON_DETAILS],
] as const)("%s", (_name, translate, cases) => {
  test.each(cases)("%s", (en, zh) => {
    expect(translate(en, "zh")).toBe(zh);
    expect(english(zh).filter((w) => !NAMES.has(w))).toEqual([]);
    expect(translate(en, "en")).toBe(en);
  });

  test("a message of an unknown shape is shown as written", () => {
    expect(translate("something new went wrong", "zh")).toBe("something new went wrong");
  });
});
