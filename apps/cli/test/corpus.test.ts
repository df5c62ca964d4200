import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pc from "picocolors";
import { describe, expect, test } from "vitest";
import { evalCommand } from "../src/commands/eval.js";
import { repo } from "./run-cli.js";

/** The case corpus (see packages/runtime/test/corpus.test.ts), run from the policy source through the CLI's eval. */
const root = join(repo, "corpus");
const fixtures = readdirSync(root)
  .filter((d) => existsSync(join(root, d, "cases.json")))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), "subsidia-corpus-"));
// the cache of compiled policies in the same temporary folder, not the user's
process.env.SUBSIDIA_CACHE_DIR = join(tmp, "cache");
const paint = pc.createColors(false);

describe.each(fixtures)("corpus %s through `subsidia eval --json`", (fixture) => {
  const cases = JSON.parse(readFileSync(join(root, fixture, "cases.json"), "utf8")) as {
    name: string;
    facts: unknown;
    expected: Record<string, unknown>;
  }[];
  test.each(cases.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const facts = join(tmp, `${fixture}-${i}.json`);
    writeFileSync(facts, JSON.stringify(c.facts));
    const out = JSON.parse(await evalCommand([join(root, fixture, "input.subsidia")], { facts, json: true }, paint));
    for (const key of ["inForce", "total", "upToTotal"] as const)
      if (key in c.expected) expect(out[key]).toBe(c.expected[key]);
    if (Array.isArray(c.expected.awards)) {
      expect(
        out.awards.map((a: { clause: string; item?: string; amount: string }) => [a.clause, a.item, a.amount]),
      ).toEqual(
        c.expected.awards.map((a: { clause: string; item?: string; amount: string }) => [a.clause, a.item, a.amount]),
      );
    }
  });
});
