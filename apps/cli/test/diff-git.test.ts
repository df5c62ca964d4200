import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/** A throw-away repository holding the flagship, committed once, then edited in the working tree. */
function scratchRepo(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-diff-git-"));
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args],
      { cwd: dir, stdio: "pipe" },
    );
  const file = join(dir, "policy.subsidia");
  const text = readFileSync(join(repo, flagship), "utf8");
  git("init", "-q");
  writeFileSync(file, text);
  git("add", "policy.subsidia");
  git("commit", "-q", "-m", "flagship");
  writeFileSync(file, text.replace("    when c.actualPayment >= 100万元\n", "    when c.actualPayment >= 80万元\n"));
  return { dir, file };
}

test("--git REV compares the file at that revision with the file as it is now", () => {
  const { file } = scratchRepo();
  const r = cli(["diff", "--git", "HEAD", file, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as {
    before: { file: string };
    changes: {
      kind: string;
      clause: string;
      summary: string;
      witness: {
        facts: { techContracts: { actualPayment: number }[] };
        before: { status: string };
        after: { amount: string };
      };
    }[];
  };
  expect(out.before.file).toBe(`${file}@HEAD`);
  expect(out.changes.map((c) => [c.kind, c.clause, c.summary])).toEqual([
    ["threshold", "techTransaction", "threshold lowered: c.actualPayment >= 100万元 → c.actualPayment >= 80万元"],
  ]);
  const w = out.changes[0]!.witness;
  expect(w.facts.techContracts[0]!.actualPayment).toBe(800000);
  expect([w.before.status, w.after.amount]).toEqual(["none", "160000.00"]);
});

test("an unknown revision is an error that names it", () => {
  const { file } = scratchRepo();
  const r = cli(["diff", "--git", "no-such-rev", file]);
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(`cannot read \`${file}\` at revision \`no-such-rev\``);
});
