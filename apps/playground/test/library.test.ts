import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { translator } from "@subsidia/messages";
import { describe, expect, it } from "vitest";
import { Checker } from "../src/engine/check.js";
import { FLAGSHIP_PATH, libraryOf, menuPolicies, policies } from "../src/sources.js";
import { example, flagshipText } from "./flagship.js";

const RULE_PATH = "heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia";
const ruleText = readFileSync(fileURLToPath(new URL(`../../../policies/${RULE_PATH}`, import.meta.url)), "utf8");

/** The contract's applicant with R&D spending: 80万元 this year, 60万元 the year before, applying on 2027-03-15. */
const run = (library: { file: string; text: string }[], facts = example("pharma-mix")) =>
  new Checker().run({
    kind: "check",
    id: 1,
    text: flagshipText,
    file: `policies/${FLAGSHIP_PATH}`,
    facts,
    library,
  });

describe("the playground evaluates a policy with the rules written beside it", () => {
  it("offers the bundled FICTIONAL 省科技厅 rule for the flagship, and nothing for a policy no rule implements", () => {
    expect(libraryOf("hlj-biomanufacturing-2026").map((d) => d.path)).toEqual([RULE_PATH]);
    expect(libraryOf("cf-industry-2018")).toEqual([]);
    expect(policies.some((p) => p.path === RULE_PATH)).toBe(true);
  });

  it("the policy menu lists policies only: a rule opened alone would have no policy to fill", () => {
    const menu = menuPolicies.map((p) => p.path);
    expect(menu).toContain(FLAGSHIP_PATH);
    expect(menu).not.toContain(RULE_PATH);
    expect(menu).toHaveLength(policies.length - 1);
  });

  it("pays art. 3 with the rule's rates (60万 × 5% + 20万 × 10% = 5万元) and cites the rule; alone, art. 3 is pending", () => {
    const alone = run([]);
    expect(alone.outcome?.ok && alone.outcome.result.pending.map((p) => p.article)).toContain(3);
    const s = run([{ file: `policies/${RULE_PATH}`, text: ruleText }]);
    expect(s.libraryDiagnostics?.map((d) => d.code)).toEqual(["R009", "R009"]);
    expect(s.applied?.rules.map((r) => `${r.param} = ${r.value}`)).toEqual([
      "rdStockRate = 5%",
      "rdIncrementRate = 10%",
    ]);
    if (!s.outcome?.ok) throw new Error("not evaluated");
    const art3 = s.outcome.result.awards.filter((a) => a.article === 3);
    expect(art3.map((a) => a.amount)).toEqual(["50000.00"]);
    expect(s.outcome.result.pending.map((p) => p.article)).not.toContain(3);
    expect(art3[0]!.explanation[0]).toMatchObject({ kind: "rule" });
    expect(JSON.stringify(art3[0]!.explanation[0])).toContain("FICTIONAL-hlj-kjt-rd-subsidy-rates");
  });

  it("shows a mistake in a rule as the rule's diagnostic, and evaluates the policy alone meanwhile", () => {
    const wrong = ruleText.replace("param rdStockRate", "param rdStockRat");
    const s = run([{ file: `policies/${RULE_PATH}`, text: wrong }]);
    expect(s.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(s.libraryDiagnostics?.find((d) => d.code === "R002")?.span.file).toBe(`policies/${RULE_PATH}`);
  });

  it("is shown in docs/playground.md as the page writes it", () => {
    const doc = readFileSync(fileURLToPath(new URL("../../../docs/playground.md", import.meta.url)), "utf8");
    const shown = /<!-- library-applied -->\n```text\n(.*)\n```/.exec(doc)?.[1];
    const s = run([{ file: `policies/${RULE_PATH}`, text: ruleText }]);
    const tr = translator("en");
    const what = (s.applied?.rules ?? []).map((r) =>
      tr("pg.library.fill", { param: r.param, value: r.value, rule: r.rule.id }),
    );
    expect(shown).toBe(tr("pg.library.applied", { what: what.join("; ") }));
  });

  it("cites the dated value of a parameter an award used (the LPR of Hainan's loan subsidy)", () => {
    const hainan = policies.find((p) => p.path === "hainan/biomedicine-awards-2022.subsidia");
    if (!hainan) throw new Error("not bundled");
    const loan = {
      id: "L1",
      principal: "100000000",
      from: "2024-06-01",
      to: "2025-06-01",
      firstInterest: "2024-06-01",
    };
    const facts = { applicationDate: "2025-07-01", wins: [], certifications: [], loans: [loan] };
    const s = new Checker().run({ kind: "check", id: 1, text: hainan.text, file: `policies/${hainan.path}`, facts });
    if (!s.outcome?.ok) throw new Error("not evaluated");
    expect(s.outcome.result.awards[0]?.explanation[0]?.text).toBe(
      "lpr = 3% (from 2025-05-20, on 2025-07-01): “一年期贷款市场报价利率（LPR）”",
    );
  });
});
