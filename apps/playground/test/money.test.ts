import { describe, expect, it } from "vitest";
import { groupDigits, moneyFieldText, parseMoneyText, wan, yuan } from "../src/money.js";

describe("money in the facts form", () => {
  it("reads amounts as drafters write them, exactly", () => {
    expect(parseMoneyText("2000万")).toBe("20000000");
    expect(parseMoneyText("2000万元")).toBe("20000000");
    expect(parseMoneyText("1.5亿")).toBe("150000000");
    expect(parseMoneyText("200元")).toBe("200");
    expect(parseMoneyText(" 20,000,000 ")).toBe("20000000");
    expect(parseMoneyText("0.1")).toBe("0.1");
    expect(parseMoneyText("33333333.33")).toBe("33333333.33");
  });

  it("rejects what is not one amount", () => {
    for (const bad of ["", "abc", "20万 元", "-5", "2000万2", "1e7", "30%", "万"])
      expect(parseMoneyText(bad), bad).toBeNull();
  });

  it("shows a yuan amount back in 万 or 亿 when that stays short", () => {
    expect(moneyFieldText("20000000")).toBe("2000万");
    expect(moneyFieldText("150000000")).toBe("1.5亿");
    expect(moneyFieldText(1234567.7)).toBe("1234567.7");
    expect(moneyFieldText("61728.39")).toBe("61728.39");
    expect(moneyFieldText("12345000")).toBe("1234.5万");
    expect(moneyFieldText("12.5")).toBe("12.5");
    expect(moneyFieldText("not money")).toBe("not money");
    expect(parseMoneyText(moneyFieldText("1234567.70"))).toBe("1234567.7");
  });

  it("formats results exactly", () => {
    expect(groupDigits("59000000.00")).toBe("59,000,000.00");
    expect(groupDigits("999.5")).toBe("999.5");
    expect(yuan("9000000")).toBe("9,000,000.00 元");
    expect(wan("59000000.00")).toBe("5900万元");
  });
});
