import { describe, expect, it } from "vitest";
import {
  amountUnit,
  Dec,
  formatAmount,
  formatIn,
  formatWan,
  formatYuan,
  parseDecimal,
  parseMoney,
  roundTo,
  type RoundingMode,
} from "../src/index.js";

describe("money", () => {
  it("parses JSON numbers through their decimal text and decimal strings exactly", () => {
    expect(parseMoney(0.1)?.plus(parseMoney(0.2)!).toFixed()).toBe("0.3");
    expect(parseMoney("12345678.91")?.toFixed()).toBe("12345678.91");
    expect(parseMoney(1e19)?.toFixed()).toBe("10000000000000000000");
    expect(parseMoney("99999999999999999999.99")?.plus("0.01").toFixed()).toBe("100000000000000000000");
    expect(parseMoney("2e8")?.toFixed()).toBe(parseMoney(2e8)?.toFixed());
  });
  it("rejects negatives, non-finite numbers and malformed text", () => {
    for (const bad of [-5, "-5", Infinity, NaN, "1e", "1,000", "", "abc", "0x10", ".5", "1.", true, null, {}])
      expect(parseMoney(bad)).toBeNull();
    expect(parseDecimal("-5")?.toFixed()).toBe("-5");
  });
  it("refuses more digits than facts carry (20 before the point, 20 after), numbers and strings alike", () => {
    for (const bad of [1e21, "1e21", "1".repeat(21), `0.${"0".repeat(20)}1`, 1e-21]) expect(parseMoney(bad)).toBeNull();
  });
  it.each<[string, RoundingMode, string]>([
    ["61728.385", "half-up", "61728.39"],
    ["61728.385", "half-even", "61728.38"],
    ["61728.375", "half-even", "61728.38"],
    ["61728.389", "down", "61728.38"],
    ["61728.381", "up", "61728.39"],
    ["61728.38", "up", "61728.38"],
    ["0.005", "half-up", "0.01"],
    ["0.0049999", "half-up", "0.00"],
  ])("rounds %s %s to %s", (value, mode, expected) => {
    expect(formatYuan(roundTo(new Dec(value), new Dec("0.01"), mode))).toBe(expected);
  });
  it("rounds to other units", () => {
    expect(roundTo(new Dec("1234567.7"), new Dec("1"), "half-up").toFixed()).toBe("1234568");
    expect(roundTo(new Dec("1250"), new Dec("100"), "half-even").toFixed()).toBe("1200");
    expect(roundTo(new Dec("1250"), new Dec("100"), "half-up").toFixed()).toBe("1300");
    expect(roundTo(new Dec("19999"), new Dec("10000"), "down").toFixed()).toBe("10000");
  });
  it("formats yuan with two decimals and readable 万/亿", () => {
    expect(formatYuan(new Dec("9000000"))).toBe("9000000.00");
    expect(formatYuan(new Dec("0.5"))).toBe("0.50");
    expect(formatWan(new Dec("9000000"))).toBe("900万元");
    expect(formatWan(new Dec("150000000"))).toBe("1.5亿元");
    expect(formatWan(new Dec("100000000"))).toBe("1亿元");
    expect(formatWan(new Dec("12345"))).toBe("1.2345万元");
    expect(formatWan(new Dec("61728.39"))).toBe("61728.39元");
    expect(formatWan(new Dec("5000"))).toBe("5000元");
    expect(formatWan(new Dec("0"))).toBe("0元");
  });
  it("formats amounts for people in one way: yuan with 万/亿 beside it only when shorter, or 万/亿 alone", () => {
    expect(formatAmount(new Dec("61728.39"), "yuan")).toBe("61728.39 元");
    expect(formatAmount(new Dec("10000000"), "yuan")).toBe("10000000.00 元 (1000万元)");
    expect(formatAmount(new Dec("10000000"), "wan")).toBe("1000万元");
    expect(formatAmount(new Dec("61728.39"), "wan")).toBe("61728.39元");
    expect(formatAmount(new Dec("-2000000"), "yuan")).toBe("-2000000.00 元 (-200万元)");
  });
  it("chooses one unit for amounts shown together, exact in it", () => {
    const xs = ["150000000", "30000000", "-5000"].map((x) => new Dec(x));
    expect(amountUnit(xs)).toBe("万元");
    expect(xs.map((x) => formatIn(x, "万元"))).toEqual(["15000万元", "3000万元", "-0.5万元"]);
    expect(amountUnit([new Dec("150000000"), new Dec("300000000")])).toBe("亿元");
    expect(amountUnit([new Dec("150000000"), new Dec("12345.67")])).toBe("元");
    expect(amountUnit([])).toBe("元");
  });
  it("formatWan is the one-amount case of the unit choice, for any amount", () => {
    for (const x of [
      "0",
      "1",
      "9999.99",
      "10000",
      "12345.6789",
      "12345.67891",
      "99999999",
      "123456789",
      "1.23456789e12",
    ]) {
      const v = new Dec(x);
      expect(formatWan(v)).toBe(formatIn(v, amountUnit([v])));
    }
  });
});
