/**
 * `validateFacts` reads valid facts with a closure-built reader and leaves the others to the
 * key check and the zod schema: the reader must accept exactly the facts the full path
 * accepts and return what it returns, on the flagship and every golden IR, with broken facts,
 * undeclared keys and lists over the limit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Policy } from "@subsidia/ir";
import type { Dec } from "../src/money.js";
import { factsReader, INVALID } from "../src/facts-reader.js";
import { factsFor } from "./compiled-arbitraries.js";
import { schemaValidation } from "./compiled-compare.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));
const corpus = new URL("../../../corpus/", import.meta.url).pathname;
const golden = readdirSync(corpus)
  .filter((d) => readdirSync(join(corpus, d)).includes("expected.ir.json"))
  .map((d) => Policy.parse(JSON.parse(readFileSync(join(corpus, d, "expected.ir.json"), "utf8"))));

/** The facts with an undeclared key added to some objects (the full path reports it). */
const withStrayKeys = (facts: unknown, seed: number): unknown =>
  JSON.parse(JSON.stringify(facts ?? null), (_k, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v) && seed % 3 === 0 ? { ...v, note: seed } : v,
  );

describe("the facts reader of validateFacts is the full path on valid facts", () => {
  it.each([flagship, ...golden].map((p) => [p.id, p] as const))("%s", (_id, policy) => {
    const read = factsReader(policy);
    fc.assert(
      fc.property(factsFor(policy), fc.nat(), fc.integer({ min: 0, max: 3 }), (raw, seed, maxItems) => {
        const facts = withStrayKeys(raw, seed);
        const full = schemaValidation(policy, facts, maxItems);
        const got = read(facts, maxItems);
        if (full.ok) expect(got).toEqual(full.facts);
        else expect(got).toBe(INVALID);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the facts reader's records", () => {
  const facts = {
    applicationDate: "2026-06-30",
    techContracts: [
      { id: "a", type: "transfer", seller: "university", actualPayment: "1200000.50", landedInProvince: true },
      { landedInProvince: false, actualPayment: 300000, seller: "other", type: "license", id: "b" },
    ],
  };
  it("are plain objects with the declared keys in the declared order, however the facts order them", () => {
    const read = factsReader(flagship)(facts, 10) as Record<string, unknown>;
    const full = schemaValidation(flagship, facts, 10);
    expect(full.ok).toBe(true);
    expect(read).toEqual(full.ok && full.facts);
    const contracts = read.techContracts as Record<string, unknown>[];
    for (const record of [read, ...contracts]) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(record.constructor).toBe(Object);
    }
    expect(Object.keys(contracts[1]!)).toEqual(Object.keys(contracts[0]!));
    expect(Object.keys(read)).toEqual(flagship.inputs.map((f) => f.name));
  });
  it("are read right when a fact's getter reads other facts with the same reader midway", () => {
    const read = factsReader(flagship);
    const inner = { applicationDate: "2027-03-15", rdInvestment: { current: "5" } };
    let innerRead: unknown;
    const tricky = {
      applicationDate: "2026-06-30",
      get rdInvestment() {
        innerRead = read(inner, 10);
        return { current: "7", previous: "6" };
      },
    };
    const got = read(tricky, 10) as Record<string, unknown>;
    expect(got).toEqual(read({ applicationDate: "2026-06-30", rdInvestment: { current: "7", previous: "6" } }, 10));
    const innerFull = schemaValidation(flagship, inner, 10);
    expect(innerFull.ok && innerRead).toEqual(innerFull.ok && innerFull.facts);
    expect((got.rdInvestment as Record<string, Dec>).current!.toFixed()).toBe("7");
  });
});
