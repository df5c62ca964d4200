import { describe, expect, it } from "vitest";
import { parseExpr, show } from "./helpers.js";

describe("expressions", () => {
  it.each([
    ["a + b * c", "(+ a (* b c))"],
    ["a * b + c", "(+ (* a b) c)"],
    ["a - b - c", "(- (- a b) c)"],
    ["a / b * c", "(* (/ a b) c)"],
    ["(a + b) * c", "(* [(+ a b)] c)"],
    ["-a * b", "(* (- a) b)"],
    ["a - -b", "(- a (- b))"],
    ["+50%", "(+ 50%)"],
    ["- - a", "(- (- a))"],
  ])("arithmetic: %s is %s", (source, expected) => {
    expect(show(parseExpr(source))).toBe(expected);
  });

  it.each([
    ["a or b and c", "(or a (and b c))"],
    ["a and b or c", "(or (and a b) c)"],
    ["not a and b", "(and (not a) b)"],
    ["not not a", "(not (not a))"],
    ["not a = b", "(not (= a b))"],
    ["a or b or c", "(or (or a b) c)"],
    ["a + 1 >= b * 2 and c", "(and (>= (+ a 1) (* b 2)) c)"],
  ])("logic: %s is %s", (source, expected) => {
    expect(show(parseExpr(source))).toBe(expected);
  });

  it.each([">=", ">", "<=", "<", "=", "!="])("comparison %s", (op) => {
    expect(show(parseExpr(`p.x ${op} 5万元`))).toBe(`(${op} p.x 5万元)`);
  });

  it("reads membership, `is given` and `is not given`", () => {
    expect(show(parseExpr(`c.type in ["transfer", "license"]`))).toBe(`(in c.type "transfer" "license")`);
    expect(show(parseExpr("x in [1, 2.5, 30%, 2026-01-01, true, 5万]"))).toBe("(in x 1 2.5 30% 2026-01-01 true 5万)");
    expect(show(parseExpr("p.totalInvestment is given"))).toBe("(given p.totalInvestment)");
    expect(show(parseExpr("p.totalInvestment is not given or x"))).toBe("(or (not-given p.totalInvestment) x)");
  });

  it("reads min and max calls, paths, and keywords as path segments", () => {
    expect(show(parseExpr("min(a, max(b.c, 100万元))"))).toBe("(min a (max b.c 100万元))");
    expect(show(parseExpr("rdInvestment.current.total + c.type + c.kind"))).toBe(
      "(+ (+ rdInvestment.current.total c.type) c.kind)",
    );
    const e = parseExpr("min(p.x, 5万)");
    expect(e).toMatchObject({
      kind: "Call",
      fn: { name: "min" },
      args: [{ kind: "Path" }, { kind: "Money", yuan: "50000" }],
    });
  });

  it("reads every literal with its exact value", () => {
    expect(parseExpr("1.5亿")).toMatchObject({ kind: "Money", text: "1.5亿", yuan: "150000000" });
    expect(parseExpr("12.5%")).toMatchObject({ kind: "Percent", text: "12.5%", fraction: "0.125" });
    expect(parseExpr("2000000")).toMatchObject({ kind: "Number", text: "2000000", value: "2000000" });
    expect(parseExpr("2026-02-13")).toMatchObject({ kind: "Date", value: "2026-02-13" });
    expect(parseExpr(`"a \\"b\\""`)).toMatchObject({ kind: "String", value: 'a "b"' });
    expect(parseExpr("false")).toMatchObject({ kind: "Boolean", value: false });
  });

  it("gives a binary expression the span from its left to its right operand", () => {
    const e = parseExpr("a  +  b * c");
    const prefix = "param x: money = ".length;
    expect(e.span).toMatchObject({ offset: prefix, length: "a  +  b * c".length, line: 1, column: prefix + 1 });
  });
});
