import { compileLibrary } from "@subsidia/compiler";
import { describe, expect, it } from "vitest";
import { printClause } from "../../src/index.js";
import { repoFile, where } from "./helpers.js";

const HAINAN = "policies/hainan/biomedicine-awards-2022.subsidia";
const EXAMPLE = "examples/library/FICTIONAL-hainan-amendment-2026.subsidia";

const amendment = (id: string, window: string, body: string) =>
  `amendment "${id}" amends "hn-biomedicine-awards-2022" {\n  title "${id}"\n  issued 2025-12-01\n  valid from ${window}\n}\n${body}`;
const withHainan = (...files: { file: string; text: string }[]) => compileLibrary([repoFile(HAINAN), ...files]);

const ARTICLE_7 = `new article 7 "新增" {
  text "新增条款"
  clause firstExport "首次出口奖励" for each c in certifications {
    text "年销售额达500万元及以上的，给予50万元"
    when c.annualSales >= 500万元
    award 50万元
  }
}
`;

describe("amendments that change parameters and add articles", () => {
  it("compiles docs/library.md's example: a new value of `lpr` with its text, and article 7, from 2026", () => {
    const lib = compileLibrary([repoFile(HAINAN), repoFile(EXAMPLE)]);
    expect(lib.diagnostics).toEqual([]);
    const a = lib.amendments[0]!;
    expect(a.clauses).toEqual([]);
    expect(a.params?.map((p) => [p.name, p.values.map((v) => [v.value.src, v.from, v.doc]), p.doc])).toEqual([
      [
        "lpr",
        [
          ["2.8%", undefined, "（虚构）第一条：自2026年1月1日起，贴息按年利率2.8%计算"],
          ["2.6%", "2027-01-01", "（虚构）第二条：自2027年1月1日起，贴息按年利率2.6%计算"],
        ],
        "贴息年利率（虚构）",
      ],
    ]);
    expect(a.articles?.map((x) => [x.number, x.title, x.clauses.map((c) => c.id)])).toEqual([
      [7, "支持首次进入国际市场（虚构）", ["firstExport"]],
    ]);
    // spans are the amendment's (line 16 of the example: `clause firstExport`)
    expect(a.articles?.[0]?.clauses[0]?.span.line).toBe(16);
    expect(printClause(a.articles![0]!.clauses[0]!)).toContain("(award (amount 500000:money)) (once)");
  });

  it("refuses a parameter the policy does not have, with the nearest name, and one left pending", () => {
    const body = 'param lpt: percent = 2.8% "x"\nparam dayCount: integer pending "x"\n';
    const lib = withHainan({ file: "a.subsidia", text: amendment("a", "2026-01-01 to 2030-12-31", body) });
    expect(where(lib.diagnostics)).toEqual(["R099 a.subsidia:6:7", "R099 a.subsidia:7:33"]);
    expect(lib.diagnostics[0]?.message).toBe(
      "policy `hn-biomedicine-awards-2022` has no parameter `lpt`; expected one of `lpr` or `dayCount`; did you mean `lpr`?",
    );
    expect(lib.diagnostics[0]?.help).toContain("new parameter goes into a new version of the policy");
    expect(lib.diagnostics[1]?.message).toBe(
      "the amendment leaves `dayCount` pending; expected a value (`param dayCount: integer = …`)",
    );
    expect(lib.amendments).toEqual([]);
  });

  it("refuses a parameter of another type than the policy's", () => {
    const lib = withHainan({
      file: "a.subsidia",
      text: amendment("a", "2026-01-01 to 2030-12-31", 'param lpr: money = 1元 "x"\n'),
    });
    expect(where(lib.diagnostics)).toEqual(["R004 a.subsidia:6:12"]);
    expect(lib.diagnostics[0]?.message).toContain("the amendment declares it");
  });

  it("refuses `new article` with a number the policy has, and says how to amend it instead", () => {
    const body = ARTICLE_7.replace("new article 7", "new article 6");
    const lib = withHainan({ file: "a.subsidia", text: amendment("a", "2026-01-01 to 2030-12-31", body) });
    expect(where(lib.diagnostics)).toEqual(["R098 a.subsidia:6:13"]);
    expect(lib.diagnostics[0]?.message).toBe(
      "`hn-biomedicine-awards-2022` already has article 6; `new article` expects a number the policy does not use (taken: 6)",
    );
    expect(lib.diagnostics[0]?.help).toContain("write `article 6` without `new`");
  });

  it("reports errors inside an added article in the amendment's file, and a clause id the policy has", () => {
    const typo = ARTICLE_7.replace("c.annualSales", "c.annualSale");
    const lib = withHainan({ file: "a.subsidia", text: amendment("a", "2026-01-01 to 2030-12-31", typo) });
    expect(where(lib.diagnostics)).toEqual(["N002 a.subsidia:10:12"]);
    const clash = ARTICLE_7.replace("clause firstExport", "clause interest");
    const lib2 = withHainan({ file: "a.subsidia", text: amendment("a", "2026-01-01 to 2030-12-31", clash) });
    expect(lib2.diagnostics.map((d) => d.code)).toEqual(["N004"]);
  });

  it("refuses two amendments changing one parameter, or adding one article, on the same day (R006)", () => {
    const param = 'param lpr: percent = 2.8% "x"\n';
    const a = amendment("a", "2026-01-01 to 2026-12-31", param + ARTICLE_7);
    const b = amendment("b", "2026-07-01 to 2027-06-30", param);
    const c = amendment("c", "2027-01-01 to 2027-12-31", ARTICLE_7);
    const lib = withHainan(
      { file: "a.subsidia", text: a },
      { file: "b.subsidia", text: b },
      { file: "c.subsidia", text: c },
    );
    expect(lib.diagnostics.map((d) => d.message)).toEqual([
      "amendments `a` and `b` both change `lpr` of `hn-biomedicine-awards-2022` from 2026-07-01 to 2026-12-31; " +
        "expected at most one version in force on any date",
    ]);
    const d = amendment("d", "2026-06-01 to 2026-12-31", ARTICLE_7);
    const lib2 = withHainan({ file: "a.subsidia", text: a }, { file: "d.subsidia", text: d });
    expect(lib2.diagnostics.map((x) => x.message)).toEqual([
      "amendments `a` and `d` both change `article 7` of `hn-biomedicine-awards-2022` from 2026-06-01 to 2026-12-31; " +
        "expected at most one version in force on any date",
    ]);
  });

  it("refuses `new article` in a policy (R097)", () => {
    const text = readPolicyWithNewArticle();
    const lib = compileLibrary([{ file: "p.subsidia", text }]);
    expect(lib.diagnostics.filter((d) => d.code === "R097").map((d) => d.message)).toEqual([
      "`new article 1` adds an article in an amendment; a policy writes `article 1`",
    ]);
  });
});

function readPolicyWithNewArticle(): string {
  return 'policy "p" {\n  title "p"\n}\n\nnew article 1 "x" {\n  text "x"\n  clause grant "x" {\n    text "x"\n    award 1万元\n  }\n}\n';
}
