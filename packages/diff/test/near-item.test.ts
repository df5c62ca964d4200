import { readFileSync } from "node:fs";
import type { Policy } from "@subsidia/ir";
import { Dec, evaluate } from "@subsidia/runtime";
import { describe, expect, it } from "vitest";
import { applyChanges, oneMoreItem, withNearMisses } from "../src/index.js";
import { policyOf } from "./helpers.js";

const FLAGSHIP = new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url);
const flagship = policyOf(readFileSync(FLAGSHIP, "utf8"), "biomanufacturing-2026.subsidia");
const facts = JSON.parse(readFileSync(new URL("../../../examples/near-miss.json", import.meta.url), "utf8"));

/** What a clause pays each item with the changes applied (the changes must apply, the facts be valid). */
function paidWith(policy: Policy, changes: { path: string; to: unknown }[], clause: string): [string, string][] {
  const changed = applyChanges(facts, changes);
  if (!changed) throw new Error("changes do not apply");
  const out = evaluate(policy, changed);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.awards.filter((a) => a.clause === clause).map((a) => [a.item ?? "", a.amount]);
}

describe("near misses that add a list item: what one more project would bring", () => {
  it("copies the nearest existing project with a fresh id and the change it needs: 400万元 more", () => {
    const n = oneMoreItem(flagship, facts, "projectConstruction");
    expect(n).toEqual({
      changes: [
        { path: "projects[1].id", from: null, to: "new-2" },
        { path: "projects[1].construction", from: null, to: "new" },
        { path: "projects[1].highTech", from: null, to: true },
        { path: "projects[1].fixedAssetInvestment", from: null, to: 20000000 },
      ],
      award: "4000000.00",
    });
    // the applicant's own project is left as it is; the new one is paid what the near miss says
    expect(paidWith(flagship, n!.changes, "projectConstruction")).toEqual([["new-2", "4000000.00"]]);
  });

  it("for a list not given at all, builds the least item that qualifies, verified by evaluation", () => {
    const n = oneMoreItem(flagship, facts, "digitalWorkshop");
    expect(n?.changes.map((c) => [c.path, c.to])).toEqual([
      ["digitalisation[0].id", "new-1"],
      ["digitalisation[0].kind", "digital-workshop"],
      ["digitalisation[0].provinciallyCertified", true],
      ["digitalisation[0].contractAmount", 20000000],
    ]);
    expect(n?.award).toBe("2000000.00");
    expect(paidWith(flagship, n!.changes, "digitalWorkshop")).toEqual([["new-1", "2000000.00"]]);
  });

  it("never sets a fact the applicant cannot choose (`fixed`) other than as the copied item has it", () => {
    const n = oneMoreItem(flagship, facts, "digitalWorkshop", { fixed: ["digitalisation.provinciallyCertified"] });
    expect(n).toBeNull();
  });

  it("gives nothing for a clause that is not per item, or an unknown clause", () => {
    expect(oneMoreItem(flagship, facts, "rdSubsidy")).toBeNull();
    expect(oneMoreItem(flagship, facts, "nope")).toBeNull();
    expect(oneMoreItem(flagship, null, "projectConstruction")).toBeNull();
  });

  it("with `addItems`, sets `nearest` on the entries of lists with no items; without, leaves them as before", () => {
    const out = evaluate(flagship, facts, { whyNot: true });
    if (!out.ok) throw new Error("evaluation failed");
    const noItems = (r: typeof out.result) =>
      (r.notAwarded ?? []).filter((e) => e.item === undefined && e.clause === "newFood");
    expect(noItems(withNearMisses(flagship, facts, out.result))[0]?.nearest).toBeUndefined();
    const entry = noItems(withNearMisses(flagship, facts, out.result, { addItems: true }))[0];
    expect(entry?.nearest?.award).toBe("2000000.00");
    const [[, amount] = []] = paidWith(flagship, entry!.nearest!.changes, "newFood");
    expect(new Dec(amount ?? "0").gte(entry!.nearest!.award)).toBe(true);
  });
});

describe("docs/explanations.md", () => {
  it("shows what `oneMoreItem` gives for one more project of examples/near-miss.json", () => {
    const doc = readFileSync(new URL("../../../docs/explanations.md", import.meta.url), "utf8");
    const shown = /<!-- one-more-item [^\n]*-->\n```jsonc\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    expect(oneMoreItem(flagship, facts, "projectConstruction")).toEqual(JSON.parse(shown!));
  });
});
