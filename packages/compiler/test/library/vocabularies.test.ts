import { describe, expect, it } from "vitest";
import { localize } from "@subsidia/syntax";
import { compile, compileLibrary } from "../../src/index.js";
import { where } from "./helpers.js";

const VOCAB = `vocabulary "enterprise" {\n  title "企业基本情况"\n}\ninput applicationDate: date "申请日期"\ninput rdSpend: money "研发投入"\n`;
const policy = (id: string, inputs: string) => `policy "${id}" {
  title "${id}"
  valid from 2026-01-01 to 2026-12-31 on applicationDate
}
uses "enterprise"
${inputs}
article 1 "研发" {
  text "按研发投入的10%给予补助。"
  clause rd {
    award 10% of rdSpend
  }
}
`;

describe("shared fact vocabularies", () => {
  it("gives a policy the inputs of the vocabulary it uses, and indexes both", () => {
    const lib = compileLibrary(
      [
        { file: "enterprise.subsidia", text: VOCAB },
        { file: "a.subsidia", text: policy("a", "") },
      ],
      { a: "city" },
    );
    expect(lib.diagnostics).toEqual([]);
    expect(lib.policies[0]?.inputs.map((i) => i.name)).toEqual(["applicationDate", "rdSpend"]);
    expect(lib.index.entries).toEqual([
      {
        id: "a",
        kind: "policy",
        file: "a.subsidia",
        title: "a",
        level: "city",
        validity: { from: "2026-01-01", to: "2026-12-31" },
        uses: ["enterprise"],
      },
      {
        id: "enterprise",
        kind: "vocabulary",
        file: "enterprise.subsidia",
        title: "企业基本情况",
        level: "unspecified",
      },
    ]);
  });

  it("accepts an input repeated exactly, and reports one declared otherwise at the policy's declaration", () => {
    const same = policy("same", `input rdSpend: money "研发投入（重复声明）"\n`);
    const other = policy("other", `input rdSpend: percent\n`);
    const lib = compileLibrary([
      { file: "enterprise.subsidia", text: VOCAB },
      { file: "same.subsidia", text: same },
      { file: "other.subsidia", text: other },
    ]);
    // the policy's own declaration stands, so its award of 10% of a percent is reported too
    expect(where(lib.diagnostics)).toEqual(["R010 other.subsidia:6:16", "T004 other.subsidia:11:18"]);
    expect(lib.diagnostics[0]?.message).toBe(
      "input `rdSpend` conflicts with vocabulary `enterprise`: declared there as `money`, here as `percent`",
    );
    expect(lib.policies.map((p) => p.id)).toEqual(["same"]);
  });

  it("reports an unknown vocabulary with a suggestion, and a vocabulary that declares more than inputs", () => {
    const bad = `${VOCAB}param x: money = 1元\n`;
    const lib = compileLibrary([
      { file: "enterprise.subsidia", text: bad },
      { file: "a.subsidia", text: policy("a", "").replace('uses "enterprise"', 'uses "enterprse"') },
    ]);
    expect(where(lib.diagnostics).filter((d) => d.startsWith("R"))).toEqual([
      "R011 a.subsidia:5:6",
      "R003 enterprise.subsidia:6:1",
    ]);
  });

  it("says, in either language, that no vocabulary was read when the library has none or the file is alone", () => {
    const alone = policy("a", "");
    const inLibrary = compileLibrary([{ file: "a.subsidia", text: alone }]).diagnostics.filter(
      (d) => d.code === "R011",
    );
    const single = compile(alone, "a.subsidia").diagnostics.filter((d) => d.code === "R011");
    for (const d of [...inLibrary, ...single]) {
      expect(d.id).toBe("R011.noneRead");
      expect(d.message).toBe(
        "unknown vocabulary `enterprise`; expected a vocabulary of the library, but no vocabulary was read",
      );
      expect(localize(d, "zh").message).toBe("未知的词表 `enterprise`；应为本政策库中的词表，但没有读入任何词表");
      expect(localize(d, "zh").help).toContain('`vocabulary "enterprise"`');
    }
    expect([inLibrary.length, single.length]).toEqual([1, 1]);
  });
});
