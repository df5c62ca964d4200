import { describe, expect, it } from "vitest";
import type { TestDecl } from "../src/index.js";
import { parseOk } from "./helpers.js";

const testBlock = (body: string): TestDecl => parseOk(`test "t" {\n${body}\n}`).items[0] as TestDecl;

describe("tests", () => {
  it("reads facts: nested objects and arrays, keyword and string keys, optional commas", () => {
    const t = testBlock(`facts {
      applicationDate: 2026-06-01, total: 5万元
      "带空格 key": true
      projects: [{ id: "p-1", rate: 30%, type: "a", n: 2 } { id: "p-2" },]
      nested: { list: [[1, 2] []] }
    }`);
    expect(t.facts.entries.map((e) => (e.key.kind === "Ident" ? e.key.name : `"${e.key.value}"`))).toEqual([
      "applicationDate",
      "total",
      `"带空格 key"`,
      "projects",
      "nested",
    ]);
    expect(t.facts.entries[3]?.value).toMatchObject({
      kind: "Array",
      items: [
        {
          kind: "Object",
          entries: [
            { value: { value: "p-1" } },
            { value: { fraction: "0.3" } },
            { key: { name: "type" } },
            { value: { value: "2" } },
          ],
        },
        { kind: "Object", entries: [{ key: { name: "id" } }] },
      ],
    });
    expect(t.facts.entries[4]?.value).toMatchObject({
      entries: [{ value: { items: [{ items: [{}, {}] }, { items: [] }] } }],
    });
  });

  it("reads every form of expect", () => {
    const t = testBlock(`facts {}
      expect total = 5000万元
      expect up to total = 6500万元
      expect article 4 = 900万元
      expect award construction for "cv-1" = 900万元
      expect award rd = 1万元
      expect no award construction for "cv-1"
      expect no award construction
      expect no award
      expect pending rdSubsidy
      expect in force
      expect not in force
      expect invalid "projects[0].fixedAssetInvestment"`);
    expect(t.expects).toMatchObject([
      { kind: "ExpectTotal", upTo: false, amount: { yuan: "50000000" } },
      { kind: "ExpectTotal", upTo: true, amount: { yuan: "65000000" } },
      { kind: "ExpectArticle", article: { value: "4" }, amount: { yuan: "9000000" } },
      { kind: "ExpectAward", clause: { name: "construction" }, item: { value: "cv-1" }, amount: { yuan: "9000000" } },
      { kind: "ExpectAward", clause: { name: "rd" }, item: undefined },
      { kind: "ExpectNoAward", clause: { name: "construction" }, item: { value: "cv-1" } },
      { kind: "ExpectNoAward", clause: { name: "construction" }, item: undefined },
      { kind: "ExpectNoAward", clause: undefined, item: undefined },
      { kind: "ExpectPending", clause: { name: "rdSubsidy" } },
      { kind: "ExpectInForce", value: true },
      { kind: "ExpectInForce", value: false },
      { kind: "ExpectInvalid", path: { value: "projects[0].fixedAssetInvestment" } },
    ]);
  });
});
