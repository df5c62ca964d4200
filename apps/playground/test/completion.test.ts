import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { subsidiaCompletion } from "../src/editor/completion.js";
import { Checker } from "../src/engine/check.js";
import { flagshipText } from "./flagship.js";

const policy = new Checker().run({ kind: "check", id: 1, text: flagshipText, file: "f.subsidia", facts: {} }).policy;

function complete(text: string, pos: number, explicit = false): CompletionResult | null {
  const state = EditorState.create({ doc: text });
  return subsidiaCompletion(() => policy)(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}

const labels = (r: CompletionResult | null): string[] => r?.options.map((o) => o.label) ?? [];

describe("completion", () => {
  it("offers the fields of the item after `p.` inside a per-item clause", () => {
    const at = flagshipText.indexOf("p.totalInvestment is given") + 2;
    const r = complete(flagshipText, at);
    expect(r?.from).toBe(at);
    expect(labels(r)).toEqual([
      "id",
      "kind",
      "totalInvestment",
      "performanceQualified",
      "operating",
      "annualServiceToProvincialEnterprises",
      "nationalPilotPlatform",
    ]);
    expect(r?.options.find((o) => o.label === "totalInvestment")?.detail).toBe("optional money");
  });

  it("offers the fields of a record input", () => {
    const at = flagshipText.indexOf("rdInvestment.current >=") + "rdInvestment.".length;
    expect(labels(complete(flagshipText, at))).toEqual(["current", "previous"]);
  });

  it("offers keywords, inputs, parameters and the item variable while typing a word", () => {
    const at = flagshipText.indexOf("when p.performanceQualified") + 2;
    const r = complete(flagshipText, at);
    const all = labels(r);
    expect(r?.from).toBe(at - 2);
    for (const name of ["when", "uplift", "pilotPlatforms", "rdStockRate", "p", "platformConstruction"])
      expect(all).toContain(name);
  });

  it("stays quiet between words unless asked", () => {
    expect(complete("policy ", 7)).toBeNull();
    expect(labels(complete("policy ", 7, true))).toContain("title");
  });
});
