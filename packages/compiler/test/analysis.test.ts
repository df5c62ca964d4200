import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compile } from "../src/index.js";

/** The diagnostics of one clause over a list of projects, as `CODE message`. */
function clause(body: string, extra = ""): string[] {
  const text = `policy "p" { title "t" }
input xs: list "项目" { id: string  m: money  b: boolean  k: enum("a", "b") }
${extra}
article 1 "a" { text "t" clause c for each x in xs { ${body} } }`;
  return compile(text, "t.subsidia")
    .diagnostics.filter((d) => d.code !== "A004")
    .map((d) => `${d.code} ${d.message}`);
}
const codes = (body: string, extra = "") => clause(body, extra).map((d) => d.slice(0, 4));

describe("caps against the award they cap", () => {
  test("a threshold at or above the cap's knee: every eligible item gets the cap", () => {
    expect(codes("when x.m >= 1000万元 award 20% of x.m cap 200万元")).toEqual(["A011"]);
    expect(codes("when x.m >= 9999999.99 award 20% of x.m cap 200万元")).toEqual([]);
    expect(codes("when x.m > 999万元 and x.b award 20% of x.m cap 200万元")).toEqual([]);
    expect(clause("when x.m >= 2000万元 award 20% of x.m cap 200万元")[0]).toContain(
      "the award reaches the cap when `x.m` is `1000万元`",
    );
  });

  test("the knee accounts for an uplift before the cap that always applies, and for parameters with one value", () => {
    expect(clause("when x.m >= 700万元 award 20% of x.m uplift 50% before cap cap 200万元")[0]).toContain(
      "`6666666.67元`",
    );
    expect(codes("when x.m >= 700万元 award 20% of x.m uplift 50% before cap when x.b cap 200万元")).toEqual([]);
    expect(codes("when x.m >= 2000万元 award r of x.m cap 200万元", "param r: percent = 20%")).toEqual(["A011"]);
    expect(codes("when x.m >= 2000万元 award r of x.m cap 200万元", 'param r: percent pending "待定"')).toEqual([]);
  });

  test("a cap above everything the award can reach never binds; then the uplift order does not matter", () => {
    expect(codes("when x.m < 1000万元 award 20% of x.m cap 200万元 uplift 50% when x.b")).toEqual(["A009"]);
    expect(codes('award by x.k { "a": 100万元, "b": 300万元 } cap 300万元')).toEqual(["A009"]);
    expect(codes("award 20% of x.m cap 200万元 uplift 50% when x.b")).toEqual(["A001"]);
  });

  test("a cap below everything the award can be always binds", () => {
    expect(codes("award 300万元 cap 200万元")).toEqual(["A010"]);
    expect(codes("award tiers of x.m { at least 1万元: 300万元 at least 2万元: 400万元 } cap 200万元")).toEqual([
      "A010",
    ]);
    expect(codes("award 200万元 cap 200万元")).toEqual(["A009"]);
  });
});

describe("tiers", () => {
  test("thresholds ascend, each once; a higher tier paying less is a warning", () => {
    expect(codes("award tiers of x.m { at least 2万元: 1万元 at least 1万元: 2万元 }")).toEqual(["A005"]);
    expect(codes("award tiers of x.m { at least 1万元: 1万元 at least 1万元: 2万元 }")).toEqual(["A007"]);
    expect(codes("award tiers of x.m { at least 1万元: 2万元 at least 2万元: 1万元 }")).toEqual(["A006"]);
  });

  test("a tier the conditions exclude, or one that a higher tier always overtakes, is unreachable", () => {
    expect(codes("when x.m <= 2万元 award tiers of x.m { at least 1万元: 1万元 at least 2万元: 2万元 }")).toEqual([]);
    expect(codes("when x.m < 2万元 award tiers of x.m { at least 1万元: 1万元 at least 2万元: 2万元 }")).toEqual([
      "A008",
    ]);
    expect(codes("when x.m >= 2万元 award tiers of x.m { at least 1万元: 1万元 at least 2万元: 2万元 }")).toEqual([
      "A008",
    ]);
    expect(codes("when x.m >= 1.5万 award tiers of x.m { at least 1万元: 1万元 at least 2万元: 2万元 }")).toEqual([]);
  });
});

describe("units", () => {
  test("money × percent is money; money + percent, a percent of a date and a division by zero are errors", () => {
    expect(codes("award x.m * 20%")).toEqual([]);
    expect(codes("award x.m + 20%")).toEqual(["T001"]);
    expect(codes("award 20% of applicationDate", "input applicationDate: date")).toEqual(["T004"]);
    expect(codes("award x.m / (0)")).toEqual(["T012"]);
    expect(codes("award x.m / 2")).toEqual([]);
  });
});

test("the flagship has no warnings", () => {
  const file = new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url);
  expect(compile(readFileSync(file, "utf8"), "flagship").diagnostics).toEqual([]);
});
