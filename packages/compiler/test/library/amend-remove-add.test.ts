import { compile, compileLibrary } from "@subsidia/compiler";
import { describe, expect, it } from "vitest";
import { FLAGSHIP, repoFile, where, withFlagship } from "./helpers.js";

const HAINAN = "policies/hainan/biomedicine-awards-2022.subsidia";
const EXAMPLE = "examples/library/FICTIONAL-hainan-amendment-2027.subsidia";

const amendment = (body: string, id = "a", window = "2027-01-01 to 2028-12-31") =>
  `amendment "${id}" amends "hlj-biomanufacturing-2026" {\n  title "${id}"\n  issued 2026-12-01\n  valid from ${window}\n}\n${body}`;
const lib = (...bodies: string[]) => withFlagship(...bodies.map((text, i) => ({ file: `a${i}.subsidia`, text })));

describe("amendments that remove articles and clauses, and add inputs and parameters", () => {
  it("compiles docs/library.md's example: a clause removed, an input, a parameter and an article added", () => {
    const out = compileLibrary([repoFile(HAINAN), repoFile(EXAMPLE)]);
    expect(out.diagnostics).toEqual([]);
    const a = out.amendments[0]!;
    expect(a.removed).toMatchObject([
      { article: 6, clause: "procurement", text: "（虚构）自2027年1月1日起，不再给予带量采购奖励", span: { line: 11 } },
    ]);
    expect(a.inputs?.map((f) => [f.name, f.type.kind, f.optional, f.span.line])).toEqual([
      ["clinicalTrials", "list", false, 13],
    ]);
    expect(a.addedParams?.map((p) => [p.name, p.values.map((v) => v.value.src), p.doc])).toEqual([
      ["trialGrant", ["100万元"], "（虚构）每项III期临床试验给予100万元补助"],
    ]);
    expect(a.articles?.map((x) => [x.number, x.clauses.map((c) => c.id)])).toEqual([[8, ["trials"]]]);
  });

  it("removes a whole article, with its text", () => {
    const out = lib(amendment('remove article 11 "删去第十一条"\n'));
    expect(out.diagnostics).toEqual([]);
    expect(out.amendments[0]?.removed).toMatchObject([{ article: 11, text: "删去第十一条" }]);
    expect(out.amendments[0]?.removed?.[0]).not.toHaveProperty("clause");
  });

  it("refuses to remove an article or a clause the policy does not have, with the nearest name (R096)", () => {
    const out = lib(amendment("remove article 99\nremove clause platformConstrucion of article 4\n"));
    expect(where(out.diagnostics)).toEqual(["R096 a0.subsidia:6:16", "R096 a0.subsidia:7:15"]);
    expect(out.diagnostics[0]?.message).toMatch(
      /^policy `hlj-biomanufacturing-2026` has no article 99 to remove; expected one of 1, 2, 3/,
    );
    expect(out.diagnostics[1]?.message).toContain("did you mean `platformConstruction`?");
    expect(out.amendments).toEqual([]);
  });

  it("refuses to remove a clause that a clause left in force reads with `award of` (R095)", () => {
    const flagship = repoFile(FLAGSHIP).text;
    const reader = 'new article 30 "x" {\n  clause reader "x" {\n    award 10% of (award of newFood)\n  }\n}\n';
    // a policy clause that reads the removed one: the flagship with such a clause
    const policy = flagship.replace(/\ntest "/, `\n${reader.replace("new ", "")}\ntest "`);
    const out = compileLibrary([
      { file: FLAGSHIP, text: policy },
      { file: "a.subsidia", text: amendment("remove clause newFood of article 11\n") },
    ]);
    const r095 = out.diagnostics.filter((d) => d.code === "R095");
    expect(r095.map((d) => d.message)).toEqual([
      "clause `newFood` of article 11 cannot be removed: clause `reader` of article 30 still reads it",
    ]);
    expect(where(r095)).toEqual(["R095 a.subsidia:6:15"]);
    expect(out.amendments).toEqual([]);
  });

  it("refuses an amendment that removes and changes the same clause, or an article whose clause it changes (R095)", () => {
    const change = 'article 11 "x" {\n  clause newFood "x" {\n    award 100万元\n  }\n}\n';
    const out = lib(amendment(`remove clause newFood of article 11\nremove article 11\n${change}`));
    expect(out.diagnostics.map((d) => d.message)).toEqual([
      "the amendment both removes and changes clause `newFood` of article 11; expected one or the other",
      "the amendment both removes and changes article 11; expected one or the other",
    ]);
  });

  it("refuses `new input` and `new param` with a name the policy declares, and a new parameter left pending", () => {
    const body =
      'new input applicationDate: date\nnew param loanInterestRate: percent = 5%\nnew param r: percent pending "x"\n';
    const out = lib(amendment(body));
    expect(where(out.diagnostics)).toEqual(["R094 a0.subsidia:6:11", "R094 a0.subsidia:7:11", "R099 a0.subsidia:8:30"]);
    expect(out.diagnostics[1]?.message).toBe(
      "`hlj-biomanufacturing-2026` already declares parameter `loanInterestRate`; `new param` expects a name the policy does not use",
    );
  });

  it("compiles an amended clause that reads an added input and parameter, in the policy's scope", () => {
    const body = `new input exportSales: money "年出口额"
new param exportRate: percent = 2% "按出口额的2%给予奖励"
article 11 "x" {
  clause newFood "x" {
    award exportRate * exportSales
  }
}
`;
    const out = lib(amendment(body));
    expect(out.diagnostics).toEqual([]);
    expect(out.amendments[0]?.clauses.map((c) => c.clause.id)).toEqual(["newFood"]);
    expect(out.amendments[0]?.inputs?.map((f) => f.name)).toEqual(["exportSales"]);
    // a typo in the amendment is reported in its file
    const typo = lib(amendment(body.replace("exportRate *", "exportRat *")));
    expect(where(typo.diagnostics)).toEqual(["A004 a0.subsidia:7:11", "N001 a0.subsidia:10:11"]);
  });

  it("refuses two amendments in force on one day when one removes a clause the other changes (R006)", () => {
    const change = 'article 11 "x" {\n  clause newFood "x" {\n    award 100万元\n  }\n}\n';
    const out = lib(amendment("remove article 11\n", "a"), amendment(change, "b", "2028-01-01 to 2028-12-31"));
    expect(out.diagnostics.map((d) => d.code)).toEqual(["R006"]);
  });

  it("refuses `remove`, `new input` and `new param` in a policy (R093)", () => {
    const text = 'policy "p" {\n  title "p"\n}\n\nnew input a: money\nnew param r: percent = 5%\nremove article 1\n';
    const out = compile(text, "p.subsidia");
    expect(out.diagnostics.filter((d) => d.code === "R093").map((d) => d.message)).toEqual([
      "`new input a` adds an input in an amendment; a policy writes `input a`",
      "`new param r` adds a parameter in an amendment; a policy writes `param r`",
      "`remove` takes an article or clause out of a policy from an amendment's date; a policy leaves it out",
    ]);
  });
});
