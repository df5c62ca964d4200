import { describe, expect, it } from "vitest";
import { compileAmounts, evaluateAll, validateFacts } from "../src/index.js";
import { article, clause, field, fixed, item, listOf, policy, recordOf } from "./build-ir.js";

const p = policy({
  inputs: [
    field("rdInvestment", recordOf(field("current", "money"), field("previous", "money", true)), true),
    field("projects", listOf(field("id", "string"), field("fixedAssetInvestment", "money"))),
  ],
  articles: [],
});

function errors(facts: unknown, options = {}) {
  const v = validateFacts(p, facts, options);
  return v.ok ? [] : v.errors;
}

describe("unknown facts are errors, with the path and a likely spelling", () => {
  it("a misspelt top-level fact (the singular of a list) is reported, not ignored", () => {
    expect(errors({ applicationDate: "2026-06-30", project: [{ id: "a", fixedAssetInvestment: 1 }] })).toEqual([
      { path: "project", message: "unknown fact; did you mean `projects`?" },
    ]);
  });
  it("unknown fields of records and list items, at any level", () => {
    expect(
      errors({
        applicationDate: "2026-06-30",
        rdInvestment: { current: 1, previus: 2 },
        projects: [
          { id: "a", fixedAssetInvestment: 1 },
          { id: "b", fixedAssetInvestmnt: 1 },
        ],
      }),
    ).toEqual([
      { path: "rdInvestment.previus", message: "unknown fact; did you mean `previous`?" },
      { path: "projects[1].fixedAssetInvestmnt", message: "unknown fact; did you mean `fixedAssetInvestment`?" },
      {
        path: "projects[1].fixedAssetInvestment",
        message: "required fact is missing: expected a non-negative amount in yuan (a number or a decimal string)",
      },
    ]);
  });
  it("without a close spelling, the message lists what the policy declares", () => {
    expect(errors({ applicationDate: "2026-06-30", zzz: 1 })).toEqual([
      { path: "zzz", message: "unknown fact; expected one of `applicationDate`, `rdInvestment`, `projects`" },
    ]);
  });
  it("keys that are not plain names are quoted in the path, control characters escaped", () => {
    expect(errors({ applicationDate: "2026-06-30", "a.b": 1, "\u001b[31m": 2 }).map((e) => e.path)).toEqual([
      '["a.b"]',
      '["\\u001b[31m"]',
    ]);
  });
  it("`allowKeys` accepts facts declared elsewhere (a shared vocabulary, other policies) without checking them", () => {
    const elsewhere = [field("employees", "integer"), field("projects", listOf(field("region", "string")))];
    expect(
      errors(
        {
          applicationDate: "2026-06-30",
          employees: "many",
          projects: [{ id: "a", fixedAssetInvestment: 1, region: "x" }],
        },
        { allowKeys: elsewhere },
      ),
    ).toEqual([]);
    expect(errors({ applicationDate: "2026-06-30", employes: 3 }, { allowKeys: elsewhere })).toEqual([
      { path: "employes", message: "unknown fact; did you mean `employees`?" },
    ]);
  });
  it("a list declared by two other policies takes the fields of both (a library of many policies)", () => {
    const elsewhere = [
      field("platforms", listOf(field("id", "string"), field("cost", "money"))),
      field("platforms", listOf(field("id", "string"), field("kind", "string"))),
    ];
    const facts = { applicationDate: "2026-06-30", platforms: [{ id: "a", cost: "1", kind: "x" }] };
    expect(errors(facts, { allowKeys: elsewhere })).toEqual([]);
    expect(errors({ ...facts, platforms: [{ id: "a", knd: "x" }] }, { allowKeys: elsewhere })).toEqual([
      { path: "platforms[0].knd", message: "unknown fact; did you mean `kind`?" },
    ]);
  });
  it("the compiled evaluator's facts reader agrees", () => {
    const facts = { applicationDate: "2026-06-30", project: [] };
    expect(compileAmounts(p).readFacts(facts)).toEqual(validateFacts(p, facts));
    expect(compileAmounts(p).run(facts)).toMatchObject({ ok: false, kind: "facts", errors: [{ path: "project" }] });
  });
});

describe("evaluateAll: a fact is unknown only when no policy of the set declares it", () => {
  const a = policy({
    id: "a",
    inputs: [field("projects", listOf(field("id", "string"), field("cost", "money")))],
    articles: [article(4, [clause({ id: "c", forEach: ["x", "projects"], award: fixed(item("x", "cost", "money")) })])],
  });
  const b = policy({
    id: "b",
    inputs: [
      field("contracts", listOf(field("id", "string"), field("paid", "money"))),
      field("projects", listOf(field("id", "string"), field("region", "string", true))),
    ],
    articles: [],
  });
  it("facts of either policy are accepted; a fact of neither is an error", () => {
    const facts = {
      applicationDate: "2026-06-30",
      projects: [{ id: "p", cost: 5, region: "north" }],
      contracts: [{ id: "c", paid: 1 }],
    };
    expect(evaluateAll([a, b], facts)).toMatchObject({ ok: true, total: "5.00" });
    expect(evaluateAll([a, b], { ...facts, contract: [] })).toMatchObject({
      ok: false,
      kind: "facts",
      errors: [{ path: "contract", message: "unknown fact; did you mean `contracts`?" }],
    });
  });
});

describe("limits", () => {
  it("a list longer than `maxItems` is refused with its path, before anything else is read", () => {
    const projects = Array.from({ length: 11 }, (_, i) => ({ id: `p${i}`, fixedAssetInvestment: 1, bad: true }));
    expect(errors({ applicationDate: "2026-06-30", projects }, { maxItems: 10 })).toEqual([
      { path: "projects", message: "expected a list of at most 10 items, got 11" },
    ]);
    expect(
      errors(
        { applicationDate: "2026-06-30", projects: projects.slice(0, 10).map(({ bad: _, ...x }) => x) },
        { maxItems: 10 },
      ),
    ).toEqual([]);
    const read = compileAmounts(p).readFacts({ applicationDate: "2026-06-30", projects }, { maxItems: 10 });
    expect(read).toEqual({
      ok: false,
      errors: [{ path: "projects", message: "expected a list of at most 10 items, got 11" }],
    });
  });
  it("the default is 100,000 items", () => {
    const projects = Array.from({ length: 100_001 }, () => ({ id: "x", fixedAssetInvestment: 1 }));
    expect(errors({ applicationDate: "2026-06-30", projects })).toEqual([
      { path: "projects", message: "expected a list of at most 100000 items, got 100001" },
    ]);
  });
});

describe("amounts: one precision and one syntax for JSON numbers and decimal strings", () => {
  const amount = (v: unknown) => {
    const r = validateFacts(p, { applicationDate: "2026-06-30", rdInvestment: { current: v } });
    return r.ok
      ? (r.facts["rdInvestment"] as unknown as { current: { toFixed(): string } }).current.toFixed()
      : r.errors[0]!.message;
  };
  it("exponents are read the same in numbers and strings", () => {
    expect(amount(2e8)).toBe("200000000");
    expect(amount("2e8")).toBe("200000000");
    expect(amount("2.5E3")).toBe("2500");
  });
  it("minus zero is zero, as a number and as a string", () => {
    expect(amount(-0)).toBe("0");
    expect(amount("-0")).toBe("0");
    expect(amount("-0.00")).toBe("0");
  });
  it("more than 20 digits before the point or 20 after is refused, as a number and as a string", () => {
    const beyond = "more digits than amounts carry: at most 20 before the point and 20 after";
    for (const v of [1e21, "1e21", "1000000000000000000000", "0.000000000000000000001", 1e-21, "1".repeat(63)])
      expect(amount(v), String(v)).toContain(beyond);
    expect(amount("99999999999999999999.99999999999999999999")).toBe("99999999999999999999.99999999999999999999");
    expect(amount(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(amount(1e19)).toBe("10000000000000000000");
  });
  it("the compiled reader agrees on each of them", () => {
    for (const v of [2e8, "2e8", -0, "-0", 1e21, "1e21", "1e-21", "1".repeat(63)]) {
      const facts = { applicationDate: "2026-06-30", rdInvestment: { current: v } };
      expect(compileAmounts(p).readFacts(facts)).toEqual(validateFacts(p, facts));
    }
  });
});
