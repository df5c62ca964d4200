import { describe, expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

const changed = "packages/diff/test/fixtures/flagship/changed.subsidia";
const reformatted = "packages/diff/test/fixtures/flagship/reformatted.subsidia";

interface JsonChange {
  article: number | null;
  clause: string | null;
  kind: string;
  behavioural: boolean;
  before?: string;
  after?: string;
  witness?: { facts: unknown; before: { amount?: string }; after: { amount?: string } } | null;
}

describe("subsidia diff on the flagship and a changed copy", () => {
  test("--json lists each change with article, clause, kind, behavioural, before/after and a witness", () => {
    const r = cli(["diff", flagship, changed, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { behavioural: number; changes: JsonChange[] };
    const behavioural = out.changes.filter((c) => c.behavioural);
    expect(behavioural.map((c) => [c.article, c.clause, c.kind, c.before, c.after])).toEqual([
      [4, "platformConstruction", "cap", "cap 1000万元", "cap 1200万元"],
      [10, "tcmSecondaryDevelopment", "tier", "at least 3亿元: 1000万元", "at least 2.5亿元: 1200万元"],
    ]);
    for (const c of out.changes)
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["article", "clause", "kind", "behavioural"]));
    for (const c of behavioural) {
      // the witness, fed to `subsidia eval`, gets the reported amounts from each version
      for (const [file, side] of [
        [flagship, c.witness!.before],
        [changed, c.witness!.after],
      ] as const) {
        const e = cli(["eval", file, "--facts", "-", "--json"], JSON.stringify(c.witness!.facts));
        expect(e.code).toBe(0);
        const awards = (JSON.parse(e.stdout) as { awards: { clause: string; amount: string }[] }).awards.filter(
          (a) => a.clause === c.clause,
        );
        expect(awards.map((a) => a.amount)).toEqual([side.amount]);
      }
    }
  });

  test("the text report shows each change under its article and clause, with its witness", () => {
    const r = cli(["diff", flagship, changed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 behavioural changes, 4 changes without behavioural effect");
    expect(r.stdout).toMatch(
      /Article 4 支持中试熟化平台建设\n[\s\S]*platformConstruction\n[\s\S]*● cap raised: 1000万元 → 1200万元\n +- cap 1000万元\n +\+ cap 1200万元/,
    );
    expect(r.stdout).toContain("tcmProducts[0] = { id: w1, salesRevenueIncrease: 2.5亿元 }");
    expect(r.stdout).toMatch(
      /old: 5000000\.00 元 \(500万元\) due\n +new: 12000000\.00 元 \(1200万元\) due +\+7000000\.00 元 \(\+700万元\)/,
    );
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test("--markdown is a pull-request comment: a table, the witnesses folded", () => {
    const r = cli(["diff", flagship, changed, "--markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| Article | Clause | Change | Before | After | Witness: old → new |");
    expect(r.stdout).toContain(
      "| 4 | `platformConstruction` | cap raised: 1000万元 → 1200万元 | `cap 1000万元` | `cap 1200万元` |",
    );
    expect(r.stdout).toContain("<details><summary>Witnesses");
    expect(r.stdout).toContain('"salesRevenueIncrease": 250000000');
  });

  test("against a reformatted copy: no behavioural change", () => {
    const r = cli(["diff", flagship, reformatted]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no behavioural change (5 changes without effect on any award)");
    expect(r.stdout).toContain("clause renamed: newFood → threeNewFoods (no behavioural change)");
    expect(r.stdout).not.toContain("●");
  });
});

describe("bad input: non-zero exit, nothing on stdout, what was expected on stderr", () => {
  const cases: [string, string[], RegExp][] = [
    [
      "one file without --git",
      ["diff", flagship],
      /expected two policy files \(old and new\) or `--git REV FILE`, got 1 file/,
    ],
    ["a missing file", ["diff", flagship, "nope.subsidia"], /cannot read `nope\.subsidia`: no such file/],
    [
      "a policy with errors",
      ["diff", flagship, "apps/cli/test/data/broken.subsidia"],
      /apps\/cli\/test\/data\/broken\.subsidia:\d+:\d+ error [A-Z]\d{3}/,
    ],
    [
      "both output formats",
      ["diff", flagship, changed, "--json", "--markdown"],
      /choose one of `--json` and `--markdown`/,
    ],
    [
      "a bad --top",
      ["diff", flagship, changed, "--top", "many"],
      /`--top` expects a whole number of at least 1, got `many`/,
    ],
  ];
  test.each(cases)("%s", (_name, args, message) => {
    const r = cli(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
