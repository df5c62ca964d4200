import { describe, expect, it } from "vitest";
import { corpusEntries, knownFailures } from "../src/corpus.js";

/**
 * Every input of the corpus (apps/fuzz/corpus: each crash and wrong answer found so far)
 * replayed through its target's oracle. Those listed in corpus/known.json still fail and
 * are expected to: when a fix lands, its test fails here until the entry leaves the list.
 */
const entries = corpusEntries();
const known = knownFailures();

describe("the fuzz corpus", () => {
  it("has entries for every target, and known failures only of entries that exist", () => {
    expect(new Set(entries.map((e) => e.name.split("/")[0]))).toEqual(new Set(["policy", "facts", "ir"]));
    expect(Object.keys(known).filter((name) => !entries.some((e) => e.name === name))).toEqual([]);
  });

  for (const entry of entries) {
    const reason = known[entry.name];
    if (reason === undefined) it(`${entry.name} passes`, () => entry.run());
    else it.fails(`${entry.name} still fails: ${reason}`, () => entry.run());
  }
});
