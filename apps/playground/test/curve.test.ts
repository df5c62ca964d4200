import { describe, expect, it } from "vitest";
import { Checker } from "../src/engine/check.js";
import type { Curve } from "../src/engine/curve-types.js";
import { niceCeil } from "../src/engine/curve.js";
import { Dec } from "@subsidia/runtime";
import { example, flagshipText } from "./flagship.js";

function curveOf(clause: string, facts: unknown, text = flagshipText): Curve {
  const s = new Checker().run({
    kind: "check",
    id: 1,
    text,
    file: "flagship.subsidia",
    facts,
    curve: { clause, item: 0 },
  });
  if (!s.curve) throw new Error(`no curve for ${clause}`);
  return s.curve;
}

function at(curve: Curve, series: number, x: string): string | null | undefined {
  return curve.series[series]?.points.find(([px]) => px === x)?.[1];
}

describe("award curve", () => {
  const facts = example("platform-and-plant");

  it("draws art. 4 construction with its cap, knee and uplift, and marks the current facts", () => {
    const c = curveOf("platformConstruction", facts);
    expect(c.base).toBe("p.totalInvestment");
    expect(c.item).toBe("cv-1");
    expect(c.caps).toEqual([{ at: "10000000", label: "cap 1000万元" }]);
    expect(c.knee?.at).toBe("33333333.34");
    expect(c.uplifts).toEqual(["uplift 50% after cap when p.nationalPilotPlatform"]);
    expect(c.current).toEqual({ x: "20000000", y: "9000000.00" });
    // the facts' platform is national: +50% after the cap; the other series shows it without
    expect(at(c, 0, "33333333.34")).toBe("15000000.00");
    expect(at(c, 1, "33333333.34")).toBe("10000000.00");
    expect(at(c, 0, "0")).toBe("0");
    expect(Number(c.xMax)).toBeGreaterThan(33333333.34);
  });

  it("shows the threshold of art. 6: nothing just below 2000万元, 20% from it", () => {
    const c = curveOf("projectConstruction", facts);
    expect(c.thresholds).toEqual([{ at: "20000000", label: "when p.fixedAssetInvestment >= 2000万元" }]);
    expect(at(c, 0, "19999999.99")).toBe("0");
    expect(at(c, 0, "20000000")).toBe("4000000.00");
    expect(c.knee?.at).toBe("250000000");
    expect(c.current).toEqual({ x: "300000000", y: "50000000.00" });
  });

  it("follows an edited cap", () => {
    const edited = flagshipText.replace(
      "cap 1000万元\n    uplift 50% after cap when p.nationalPilotPlatform",
      "cap 800万元\n    uplift 50% after cap when p.nationalPilotPlatform",
    );
    const c = curveOf("platformConstruction", facts, edited);
    expect(c.caps[0]?.at).toBe("8000000");
    expect(c.current?.y).toBe("9000000.00");
    expect(c.knee?.at).toBe("26666666.67");
    expect(at(c, 1, "26666666.67")).toBe("8000000.00");
    expect(at(c, 0, "26666666.67")).toBe("12000000.00");
  });

  it("draws tiers as steps at each boundary", () => {
    const c = curveOf("tcmSecondaryDevelopment", example("pharma-mix"));
    expect(c.thresholds.map((t) => t.at)).toEqual(["50000000", "100000000", "300000000"]);
    expect(at(c, 0, "49999999.99")).toBe("0");
    expect(at(c, 0, "100000000")).toBe("5000000.00");
  });

  it("rounds the axis up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceCeil(new Dec("41666666.68")).toFixed()).toBe("50000000");
    expect(niceCeil(new Dec("12000000")).toFixed()).toBe("20000000");
    expect(niceCeil(new Dec("0")).toFixed()).toBe("10000000");
  });
});
