import { describe, expect, it } from "vitest";
import { getAt, pathText, setAt } from "../src/panels/fact-paths.js";
import { newItem } from "../src/panels/new-item.js";
import { Checker } from "../src/engine/check.js";
import { flagshipText } from "./flagship.js";

describe("facts written by the form", () => {
  it("name paths as the runtime does", () => {
    expect(pathText(["projects", 0, "fixedAssetInvestment"])).toBe("projects[0].fixedAssetInvestment");
    expect(pathText(["applicationDate"])).toBe("applicationDate");
  });

  it("set, create and delete values along a path", () => {
    const facts: Record<string, unknown> = {};
    setAt(facts, ["rdInvestment", "current"], "800000");
    setAt(facts, ["projects", 0, "id"], "p-1");
    expect(facts).toEqual({ rdInvestment: { current: "800000" }, projects: [{ id: "p-1" }] });
    expect(getAt(facts, ["projects", 0, "id"])).toBe("p-1");
    setAt(facts, ["rdInvestment", "current"], undefined);
    expect(facts["rdInvestment"]).toEqual({});
  });

  it("start a new list item that the runtime accepts once its amounts are filled in", () => {
    const s = new Checker().run({
      kind: "check",
      id: 1,
      text: flagshipText,
      file: "f.subsidia",
      facts: {},
      curve: undefined,
    });
    const projects = s.policy?.inputs.find((i) => i.name === "projects");
    if (projects?.type.kind !== "list") throw new Error("the flagship declares projects");
    const item = newItem(projects.type.fields, "projects", 0);
    expect(item).toEqual({ id: "projects-1", construction: "new", highTech: false });
    const facts = {
      applicationDate: "2026-06-30",
      projects: [{ ...item, highTech: true, fixedAssetInvestment: "30000000" }],
    };
    const r = new Checker().run({
      kind: "check",
      id: 2,
      text: flagshipText,
      file: "f.subsidia",
      facts,
      curve: undefined,
    });
    expect(r.outcome?.ok && r.outcome.result.total).toBe("6000000.00");
  });
});
