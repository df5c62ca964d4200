import { describe, expect, it } from "vitest";
import { Checker } from "../src/engine/check.js";
import { compare } from "../src/engine/compare.js";
import type { DiffRequest } from "../src/engine/protocol.js";
import { example, flagshipText } from "./flagship.js";

const CAP = "cap 1000万元\n    uplift 50% after cap when p.nationalPilotPlatform";
const edited = flagshipText.replace(CAP, CAP.replace("1000万元", "500万元"));

function run(req: Partial<DiffRequest>) {
  const full: DiffRequest = {
    kind: "diff",
    id: 1,
    before: flagshipText,
    after: edited,
    file: "f.subsidia",
    facts: example("platform-and-plant"),
    ...req,
  };
  return compare(full, { before: new Checker(), after: new Checker() });
}

describe("comparing the saved and the edited version", () => {
  it("finds the changed cap, where it is in both texts, and an applicant paid differently", () => {
    const s = run({});
    expect(s.diff?.changes.map((c) => [c.kind, c.clause, c.summary])).toEqual([
      ["cap", "platformConstruction", "cap lowered: 1000万元 → 500万元"],
    ]);
    const [spans] = s.spans;
    expect(
      spans && flagshipText.slice(spans.exactBefore!.offset, spans.exactBefore!.offset + spans.exactBefore!.length),
    ).toBe("cap 1000万元");
    expect(spans && edited.slice(spans.exactAfter!.offset, spans.exactAfter!.offset + spans.exactAfter!.length)).toBe(
      "cap 500万元",
    );
    expect(spans?.after?.line).toBe(
      flagshipText.slice(0, flagshipText.indexOf("clause platformConstruction")).split("\n").length,
    );
    const w = s.diff?.changes[0]?.witness;
    expect(w && [w.before.amount, w.after.amount]).toEqual(["6000000.00", "5000000.00"]);
  });

  it("draws both versions' curves for the witness over one x axis", () => {
    const s = run({});
    expect(s.curveFacts).toBe("witness");
    expect(s.curve?.series.map((x) => x.label)).toEqual(["saved version", "edited version"]);
    expect(s.curve?.caps.map((c) => c.label)).toEqual(["saved: cap 1000万元", "edited: cap 500万元"]);
    const ends = s.curve?.series.map((x) => x.points.at(-1)?.[0]);
    expect(ends?.[0]).toBe(ends?.[1]);
    expect(s.curve?.series[0]?.points.at(-1)?.[1]).toBe("10000000.00");
    expect(s.curve?.series[1]?.points.at(-1)?.[1]).toBe("5000000.00");
  });

  it("says which version does not compile", () => {
    expect(run({ after: edited.replace("cap 500万元", "cap 500万元 +") }).problem).toBe(
      "the edited version has errors: fix them to compare",
    );
    expect(run({ after: flagshipText }).diff?.changes).toEqual([]);
  });
});
