import { describe, expect, it } from "vitest";
import { localize } from "@subsidia/syntax";
import { compile, compileLibrary } from "../../src/index.js";
import { repoFile, RULE, rule, where, withFlagship } from "./helpers.js";

describe("implementing rules", () => {
  it("compiles the fictional 省科技厅 rule against the flagship: two pending rates filled, with their text", () => {
    const lib = withFlagship(repoFile(RULE));
    expect(lib.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(lib.rules).toHaveLength(1);
    const r = lib.rules[0];
    expect(r).toMatchObject({
      kind: "rule",
      id: "FICTIONAL-hlj-kjt-rd-subsidy-rates",
      implements: "hlj-biomanufacturing-2026",
      issuer: "黑龙江省科学技术厅（虚构示例）",
      validity: { from: "2026-04-01", to: "2028-12-31" },
    });
    expect(r?.title).toContain("虚构示例 FICTIONAL");
    expect(r?.fills.map((p) => [p.name, p.type, p.values[0]?.value, p.doc])).toEqual([
      [
        "rdStockRate",
        "percent",
        expect.objectContaining({ k: "lit", value: "0.05", src: "5%" }),
        expect.stringContaining("5%"),
      ],
      ["rdIncrementRate", "percent", expect.objectContaining({ value: "0.1" }), expect.stringContaining("10%")],
    ]);
  });

  it("refuses, each at its place, a parameter the policy lacks, one it does not leave pending, a wrong type", () => {
    const text = rule(
      "bad",
      "2026-04-01 to 2028-12-31",
      `param rdStokRate: percent = 5%\nparam rdIncrementRate: money = 5万元\ninput x: money\n`,
    );
    const lib = withFlagship({ file: "bad.subsidia", text });
    expect(where(lib.diagnostics)).toEqual([
      "R002 bad.subsidia:6:7",
      "R004 bad.subsidia:7:24",
      "R003 bad.subsidia:8:1",
    ]);
    expect(lib.diagnostics[0]?.message).toBe(
      "policy `hlj-biomanufacturing-2026` has no parameter `rdStokRate`; expected one of its pending parameters " +
        "`rdStockRate`, `rdIncrementRate` or `loanInterestRate`; did you mean `rdStockRate`?",
    );
    expect(lib.rules).toEqual([]);
  });

  it("refuses a rule for a policy not in the library, and one without a window", () => {
    const noPolicy = `rule "r" implements "hlj-biomanufacturing-2062" {\n  title "t"\n  valid from 2026-01-01 to 2026-12-31\n}\n`;
    const noWindow = `rule "w" implements "hlj-biomanufacturing-2026" {\n  title "t"\n}\nparam rdStockRate: percent = 5%\n`;
    const lib = withFlagship({ file: "r.subsidia", text: noPolicy }, { file: "w.subsidia", text: noWindow });
    expect(where(lib.diagnostics)).toEqual(["R001 r.subsidia:1:21", "R014 w.subsidia:1:6"]);
    expect(lib.diagnostics[0]?.suggestion).toBe("hlj-biomanufacturing-2026");
  });

  it("refuses a rule in a library without policies, saying so instead of an empty list", () => {
    const lonely = `rule "r" implements "hlj-biomanufacturing-2026" {\n  title "t"\n  valid from 2026-01-01 to 2026-12-31\n}\n`;
    const lib = compileLibrary([{ file: "r.subsidia", text: lonely }]);
    expect(where(lib.diagnostics)).toEqual(["R001 r.subsidia:1:21"]);
    expect(lib.diagnostics[0]?.message).toBe(
      "`hlj-biomanufacturing-2026` is not a policy of the library; expected a policy, but the library has none",
    );
    expect(localize(lib.diagnostics[0]!, "zh").message).toBe(
      "`hlj-biomanufacturing-2026` 不是本政策库中的政策；应为一项政策，但本政策库中没有政策",
    );
  });

  it("warns where two rules fill one rate on the same days (the later applies) and where none does", () => {
    const early = rule("early", "2026-04-01 to 2027-06-30", "param rdStockRate: percent = 5%\n");
    const late = rule("late", "2027-01-01 to 2027-12-31", "param rdStockRate: percent = 6%\n", "2026-12-20");
    const lib = withFlagship({ file: "early.subsidia", text: early }, { file: "late.subsidia", text: late });
    expect(lib.diagnostics.map((d) => d.message)).toEqual([
      "`rdStockRate` of `hlj-biomanufacturing-2026` has no rule in force from 2026-02-13 to 2026-03-31; applicants of those dates stay pending",
      "`rdStockRate` of `hlj-biomanufacturing-2026` has no rule in force from 2028-01-01 to 2028-12-31; applicants of those dates stay pending",
      "rules `early` and `late` both fill `rdStockRate` from 2027-01-01 to 2027-06-30; there `late`, the later, applies",
    ]);
    expect(lib.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(lib.rules.map((r) => r.id)).toEqual(["early", "late"]);
  });

  it("is not a policy: compiled alone it says to read it with its library", () => {
    const out = compile(repoFile(RULE).text, RULE);
    expect(out.ir).toBeUndefined();
    expect(out.diagnostics.map((d) => d.code)).toEqual(["R013"]);
  });
});
