import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { Dec, evaluate } from "@subsidia/runtime";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const changed = "packages/diff/test/fixtures/flagship/changed.subsidia";
const dir = mkdtempSync(join(tmpdir(), "subsidia-population-"));
const policy = (file: string): Policy => compile(readFileSync(join(repo, file), "utf8"), file).ir!;

describe("population sample", () => {
  const file = join(dir, "applicants.jsonl");

  test("draws N applicants, one JSON object per line; the seed fixes them", () => {
    const r = cli(["population", "sample", flagship, "--count", "2000", "--seed", "7", "--out", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.split("\n").filter(Boolean)).toHaveLength(2000);
    const again = cli(["population", "sample", flagship, "--count", "2000", "--seed", "7"]);
    expect(again.stdout).toBe(text);
    expect(cli(["population", "sample", flagship, "--count", "20", "--seed", "8"]).stdout).not.toBe(
      `${text.split("\n").slice(0, 20).join("\n")}\n`,
    );
  });

  test("the impact over them is the direct sum of each applicant's totals", () => {
    const r = cli(["diff", flagship, changed, "--population", file, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const impact = JSON.parse(r.stdout).impact as {
      applicants: number;
      before: { total: string; upToTotal: string };
      after: { total: string; upToTotal: string };
      gain: number;
      lose: number;
      same: number;
      skipped: { count: number };
    };
    const [before, after] = [policy(flagship), policy(changed)];
    const sums = { bt: new Dec(0), bu: new Dec(0), at: new Dec(0), au: new Dec(0) };
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
      const [b, a] = [evaluate(before, JSON.parse(line)), evaluate(after, JSON.parse(line))];
      if (!b.ok || !a.ok) throw new Error("a sampled applicant was rejected");
      sums.bt = sums.bt.plus(b.result.total);
      sums.bu = sums.bu.plus(b.result.upToTotal);
      sums.at = sums.at.plus(a.result.total);
      sums.au = sums.au.plus(a.result.upToTotal);
    }
    expect(impact.applicants).toBe(2000);
    expect(impact.skipped.count).toBe(0);
    expect(impact.before).toEqual({ total: sums.bt.toFixed(2), upToTotal: sums.bu.toFixed(2) });
    expect(impact.after).toEqual({ total: sums.at.toFixed(2), upToTotal: sums.au.toFixed(2) });
    expect(impact.gain + impact.lose + impact.same).toBe(2000);
    expect(impact.gain).toBeGreaterThan(0);
  });

  test("a count that is not a whole number is refused", () => {
    const r = cli(["population", "sample", flagship, "--count", "ten"]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("`--count` expects a whole number from 1 to 100000000, got `ten`");
  });
});

test("malformed lines are reported with their numbers, counted, and skipped", () => {
  const file = join(dir, "mixed.jsonl");
  const good = JSON.stringify({
    applicationDate: "2026-06-30",
    tcmProducts: [{ id: "t", salesRevenueIncrease: 250000000 }],
  });
  writeFileSync(
    file,
    `${[good, '{"applicationDate": "2026-06-30",', "", JSON.stringify({ applicationDate: "2026-02-30" }), good].join(
      "\n",
    )}\n`,
  );
  const r = cli(["diff", flagship, changed, "--population", file]);
  // like batch: the report is complete, and the exit status says that lines were skipped
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`${file}:2: malformed JSON`);
  expect(r.stderr).toContain(
    `${file}:4: invalid facts: applicationDate: expected a date YYYY-MM-DD, got \`2026-02-30\` (not a calendar date)`,
  );
  expect(r.stdout).toContain(`Impact over 2 applicants (${file})`);
  expect(r.stdout).toContain("skipped 2 lines: 2, 4 (see standard error)");
  expect(r.stdout).toMatch(/Total due +10000000\.00 +24000000\.00 +\+14000000\.00 +\+1400万元/);
  expect(r.stdout).toContain("gain 2 · lose 0 · same 0");
});

test("versions with different inputs: a fact only the other version declares is not unknown", () => {
  const extended = join(dir, "extended.subsidia");
  const text = readFileSync(join(repo, flagship), "utf8");
  writeFileSync(
    extended,
    text.replace(
      'input applicationDate: date "申请日期：政策在该日是否有效"',
      'input applicationDate: date "申请日期：政策在该日是否有效"\ninput pilotZone: optional boolean "位于试点区"',
    ),
  );
  const file = join(dir, "inputs.jsonl");
  const line = (extra: object) =>
    JSON.stringify({
      applicationDate: "2026-06-30",
      tcmProducts: [{ id: "t", salesRevenueIncrease: 250000000 }],
      ...extra,
    });
  writeFileSync(
    file,
    `${[line({}), line({ pilotZone: true }), line({ pilotZone: "yes" }), line({ zone: 1 })].join("\n")}\n`,
  );
  const r = cli(["diff", flagship, extended, "--population", file, "--json"]);
  expect(r.code).toBe(1);
  const impact = JSON.parse(r.stdout).impact;
  expect(impact.applicants).toBe(2);
  expect(impact.skipped.first).toEqual([
    { ref: { line: 3 }, reason: "invalid facts for the new version: pilotZone: expected `true` or `false`, got `yes`" },
    { ref: { line: 4 }, reason: expect.stringMatching(/^invalid facts for the old version: zone: /) },
  ]);
  expect(impact.before).toEqual({ total: "10000000.00", upToTotal: "10000000.00" });
  expect(impact.same).toBe(2);
});
