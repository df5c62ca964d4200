import { describe, expect, it } from "vitest";
import { chooseCurve } from "../src/curve/panel.js";
import { Checker } from "../src/engine/check.js";
import { example, flagshipText } from "./flagship.js";

describe("re-check", () => {
  it("compiles, evaluates and lists the clauses that can be plotted", () => {
    const s = new Checker().run({
      kind: "check",
      id: 7,
      text: flagshipText,
      file: "f.subsidia",
      facts: example("platform-and-plant"),
    });
    expect(s.id).toBe(7);
    expect(s.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(s.outcome?.ok && s.outcome.result.total).toBe("59000000.00");
    const options = s.curveOptions.map((o) => `${o.clause}:${o.items.join(",")}`);
    expect(options).toContain("platformConstruction:cv-1");
    expect(options).toContain("projectConstruction:plant-1");
    expect(options).toContain("techTransaction:");
  });

  it("says why each clause not paid was not, with its near miss", () => {
    const facts = {
      applicationDate: "2026-06-30",
      techContracts: [
        { id: "c-1", type: "transfer", seller: "enterprise", actualPayment: 1000000, landedInProvince: true },
      ],
    };
    const s = new Checker().run({ kind: "check", id: 3, text: flagshipText, file: "f.subsidia", facts });
    const entries = s.outcome?.ok ? (s.outcome.result.notAwarded ?? []) : [];
    expect(entries.find((n) => n.clause === "techTransaction")).toMatchObject({
      item: "c-1",
      kind: "not-met",
      because: [{ actual: "enterprise" }],
      nearest: {
        changes: [{ path: "techContracts[0].seller", from: "enterprise", to: "university" }],
        award: "200000.00",
      },
    });
  });

  it("a misspelt fact typed in the facts JSON is a problem with its path, for the JSON view to show", () => {
    const facts = { ...(example("platform-and-plant") as object), project: [] };
    const s = new Checker().run({ kind: "check", id: 2, text: flagshipText, file: "f.subsidia", facts });
    expect(s.outcome).toEqual({
      ok: false,
      kind: "facts",
      errors: [{ path: "project", message: "unknown fact; did you mean `projects`?" }],
    });
  });

  it("reports a mistake with its line and keeps no policy", () => {
    const text = flagshipText.replace("award 30% of p.totalInvestment", "award 30% of p.totalInvestmnt");
    const line = text.slice(0, text.indexOf("p.totalInvestmnt")).split("\n").length;
    const s = new Checker().run({ kind: "check", id: 1, text, file: "f.subsidia", facts: {} });
    expect(s.policy).toBeUndefined();
    expect(s.diagnostics.map((d) => [d.code, d.span.line])).toContainEqual(["N002", line]);
  });

  it("compiles again only when the text changed", () => {
    const checker = new Checker();
    const facts = example("pharma-mix");
    checker.run({ kind: "check", id: 1, text: flagshipText, file: "f.subsidia", facts });
    const again = checker.run({
      kind: "check",
      id: 2,
      text: flagshipText,
      file: "f.subsidia",
      facts: example("expired"),
    });
    expect(again.checkMs).toBe(0);
    expect(again.outcome?.ok && again.outcome.result.inForce).toBe(false);
  });

  it("reports bad facts with their paths", () => {
    const s = new Checker().run({
      kind: "check",
      id: 1,
      text: flagshipText,
      file: "f.subsidia",
      facts: {
        applicationDate: "2026-06-30",
        projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: "1亿" }],
      },
    });
    expect(s.outcome?.ok).toBe(false);
    expect(s.outcome && !s.outcome.ok && s.outcome.errors.map((e) => e.path)).toEqual([
      "projects[0].construction",
      "projects[0].fixedAssetInvestment",
    ]);
  });

  it("keeps the plotted clause while the facts have an item for it", () => {
    const options = [
      { clause: "a", article: 4, base: "p.x", list: "xs", items: [] },
      { clause: "b", article: 6, base: "p.y", list: "ys", items: ["y-1", "y-2"] },
    ];
    expect(chooseCurve(options, undefined)).toEqual({ clause: "b", item: 0 });
    expect(chooseCurve(options, { clause: "b", item: 5 })).toEqual({ clause: "b", item: 1 });
    expect(chooseCurve(options, { clause: "a", item: 0 })).toEqual({ clause: "b", item: 0 });
    expect(chooseCurve([], undefined)).toBeUndefined();
  });
});
