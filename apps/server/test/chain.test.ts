import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { entryHash } from "../src/decisions/chain.js";
import { openFileLog, verifyLog } from "../src/index.js";
import { applicant, cli, evaluateUrl, type Loose, post, start, tempDir } from "./helpers.js";

let lines: string[];
let original: string;

beforeAll(async () => {
  const s = await start();
  for (let i = 0; i < 6; i++) {
    const facts = JSON.parse(applicant);
    facts.projects[0].fixedAssetInvestment = String(100_000_000 + i * 10_000_000);
    expect((await post(evaluateUrl(s), JSON.stringify(facts))).status).toBe(200);
  }
  await s.close();
  original = s.log;
  lines = readFileSync(s.log, "utf8").trimEnd().split("\n");
});

/** Writes these lines as a log (beside nothing: the chain needs no policy store) and verifies it. */
async function verify(ls: string[], expectHead?: string) {
  const log = join(tempDir(), "decisions.jsonl");
  writeFileSync(log, `${ls.join("\n")}\n`);
  const report = await verifyLog(await openFileLog(log), expectHead !== undefined ? { expectHead } : {});
  return { ...report, at: report.findings.map((f) => Number(f.where.slice(log.length + 1))) };
}

const edit = (line: string, change: (e: Loose) => void, rehash = false) => {
  const e = JSON.parse(line);
  change(e);
  if (rehash) e.hash = entryHash(e);
  return JSON.stringify(e);
};

describe("the hash chain", () => {
  test("an intact log verifies, and its head is the last decision", async () => {
    const r = await verify(lines);
    expect(r.findings).toEqual([]);
    expect(r.decisions).toBe(6);
    expect(r.head).toEqual({ seq: 6, hash: JSON.parse(lines[5]!).hash });
    expect(JSON.parse(lines[0]!).prev_hash).toBeNull();
  });

  test("an edited line is found by its own hash", async () => {
    const ls = [...lines];
    ls[2] = edit(ls[2]!, (e) => (e.result.total = "99999999.00"));
    const r = await verify(ls);
    expect(r.at).toEqual([3]);
    expect(r.findings[0]!.message).toMatch(/does not hash to its `hash`: the line was edited/);
  });

  test("an edited line whose hash was recomputed is found by the next line", async () => {
    const ls = [...lines];
    ls[2] = edit(ls[2]!, (e) => (e.input.projects[0].fixedAssetInvestment = "1"), true);
    const r = await verify(ls);
    expect(r.at).toEqual([4]);
    expect(r.findings[0]!.message).toMatch(/`prev_hash` is not the hash of .*:3/);
  });

  test("a deleted line is found where the gap is", async () => {
    const r = await verify(lines.filter((_, i) => i !== 2));
    expect([...new Set(r.at)]).toEqual([3]);
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(/`seq` is 4; expected 3/);
  });

  test("a deleted first line is found: the chain must start with prev_hash null", async () => {
    const r = await verify(lines.slice(1));
    expect([...new Set(r.at)]).toEqual([1]);
    expect(r.findings[0]!.message).toMatch(/expected null for the first decision/);
  });

  test("two lines swapped are found at each line whose predecessor changed", async () => {
    const ls = [...lines];
    [ls[2], ls[3]] = [ls[3]!, ls[2]!];
    const r = await verify(ls);
    expect([...new Set(r.at)]).toEqual([3, 4, 5]);
  });

  test("lines cut off the end are found against a head recorded elsewhere", async () => {
    const head = JSON.parse(lines[5]!).hash;
    expect((await verify(lines, head)).findings).toEqual([]);
    const r = await verify(lines.slice(0, 4), head);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/decisions after it were cut off/);
  });

  test("a line that is not JSON is reported, and the next line is not blamed for it", async () => {
    const ls = [...lines];
    ls[1] = ls[1]!.slice(0, 40);
    const r = await verify(ls);
    expect([...new Set(r.at)]).toEqual([2]);
  });

  test("`subsidia verify-log` prints the findings with line numbers and exits 1; 0 when intact", () => {
    const ok = cli(["verify-log", original]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`${original}: 6 decisions, chain intact; head seq 6 ${JSON.parse(lines[5]!).hash}\n`);
    const log = join(tempDir(), "decisions.jsonl");
    writeFileSync(log, `${lines.filter((_, i) => i !== 4).join("\n")}\n`);
    const bad = cli(["verify-log", log]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`^${log}:5: \`prev_hash\` is not the hash of ${log}:4`, "m"));
    expect(bad.stdout).toMatch(/2 problems in 5 decisions/);
    expect(cli(["verify-log"]).code).toBe(2);
  });
});
