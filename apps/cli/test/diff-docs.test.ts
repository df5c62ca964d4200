import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

/**
 * docs/reviewing.md shows real commands and what they print; this runs each `console` block
 * in order and compares (a line `…` stands for any lines), and checks the JSON excerpt.
 */
const doc = readFileSync(join(repo, "docs/reviewing.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "subsidia-docs-"));
const FILE = "applicants.jsonl";

interface Block {
  lang: string;
  body: string;
  comment: string | null;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const fence = /(?:<!-- (.*?) -->\n)?^(`{3,})(\w*)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(fence)) out.push({ comment: m[1] ?? null, lang: m[3]!, body: m[4]! });
  return out;
}

function run(command: string): string {
  const args = command
    .replace(/^\$ subsidia /, "")
    .split(" ")
    .map((a) => (a === FILE ? join(dir, FILE) : a));
  const r = cli(args);
  expect(r.stderr, command).toBe("");
  expect(r.code, command).toBe(0);
  return r.stdout.split(join(dir, FILE)).join(FILE);
}

/** The expected lines in order, `…` matching any run of lines. */
function expectShown(stdout: string, shown: string[]): void {
  const actual = stdout === "" ? [] : stdout.replace(/\n$/, "").split("\n");
  const parts: string[][] = [[]];
  for (const l of shown) l === "…" ? parts.push([]) : parts.at(-1)!.push(l);
  if (parts.length === 1) return void expect(actual).toEqual(parts[0]);
  expect(actual.slice(0, parts[0]!.length)).toEqual(parts[0]);
  expect(actual.slice(actual.length - parts.at(-1)!.length)).toEqual(parts.at(-1));
}

const checked = blocks(doc).filter(
  (b) => (b.lang === "console" && b.body.startsWith("$ subsidia ")) || b.comment !== null,
);

test("the page has its examples: diffs, a sample, an impact, JSON and Markdown", () => {
  expect(checked.length).toBeGreaterThanOrEqual(6);
});

test("every documented command prints what the page shows", () => {
  for (const b of checked) {
    if (b.lang === "console") {
      const [command, ...shown] = b.body.split("\n");
      expectShown(run(command!), shown);
    } else {
      const m = /^first behavioural change of: (subsidia .*)$/.exec(b.comment!);
      expect(m, b.comment!).not.toBeNull();
      const out = JSON.parse(run(`$ ${m![1]!}`)) as { changes: { behavioural: boolean }[] };
      expect(out.changes.find((c) => c.behavioural)).toEqual(JSON.parse(b.body));
    }
  }
});
