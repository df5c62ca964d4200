import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

/** The flagship's public contract examples (../shared/contract/examples beside the repository). */
const examples = fileURLToPath(new URL("../../../../shared/contract/examples/", import.meta.url));
const names = existsSync(examples)
  ? readdirSync(examples)
      .filter((f) => f.endsWith(".facts.json"))
      .map((f) => f.slice(0, -".facts.json".length))
  : [];
const cents = (s: string) => BigInt(s.replace(".", ""));
const read = (file: string): unknown => JSON.parse(readFileSync(examples + file, "utf8"));

interface Expected {
  inForce: boolean;
  total: string;
  upToTotal: string;
  byArticle: Record<string, { exact: string; upTo: string }>;
  pendingArticles: number[];
}

describe("the contract examples through the SDK", () => {
  test("the three examples are there", () => {
    expect(names).toEqual(expect.arrayContaining(["expired", "pharma-mix", "platform-and-plant"]));
  });

  test.each(names)("%s gives the contract's figures", (name) => {
    const checked = hlj.validateFacts(read(`${name}.facts.json`));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const outcome = hlj.evaluate(checked.facts);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const { result } = outcome;
    const exp = read(`${name}.expected.json`) as Expected;
    expect(result.policy).toBe("hlj-biomanufacturing-2026");
    expect({ inForce: result.inForce, total: result.total, upToTotal: result.upToTotal }).toEqual({
      inForce: exp.inForce,
      total: exp.total,
      upToTotal: exp.upToTotal,
    });
    const byArticle: Record<string, { exact: bigint; upTo: bigint }> = {};
    for (const a of result.awards) {
      const sum = (byArticle[a.article] ??= { exact: 0n, upTo: 0n });
      sum[a.basis === "up-to" ? "upTo" : "exact"] += cents(a.amount);
      expect(a.explanation.length).toBeGreaterThan(0);
    }
    const want = Object.fromEntries(
      Object.entries(exp.byArticle).map(([k, v]) => [k, { exact: cents(v.exact), upTo: cents(v.upTo) }]),
    );
    expect(byArticle).toEqual(want);
    expect([...new Set(result.pending.map((p) => p.article))].sort()).toEqual([...exp.pendingArticles].sort());
  });

  test("awardsOf picks one article's awards: platform-and-plant pays 9000000.00 under article 4", () => {
    const checked = hlj.validateFacts(read("platform-and-plant.facts.json"));
    if (!checked.ok) throw new Error("invalid example");
    const outcome = hlj.evaluate(checked.facts);
    if (!outcome.ok) throw new Error("cannot evaluate");
    const art4 = hlj.awardsOf(outcome.result, 4);
    expect(art4.map((a) => [a.clause, a.item, a.amount])).toEqual([["platformConstruction", "cv-1", "9000000.00"]]);
  });
});
