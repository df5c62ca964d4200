import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/**
 * docs/population.md shows real commands and what they print: this runs each `console` block
 * in order (files without a folder are in a temporary one), compares stdout and stderr (a
 * line `…` stands for any lines, a `…` inside a line for any text), checks the JSON excerpt,
 * and runs the PostgreSQL walk-through against the test server.
 */
const doc = readFileSync(join(repo, "docs/population.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "subsidia-population-docs-"));
const local = (a: string) => (/^[\w.-]+\.(parquet|jsonl|csv|subsidia)$/.test(a) ? join(dir, a) : a);

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

const lineMatches = (shown: string, actual: string) =>
  shown.includes("…")
    ? new RegExp(
        `^${shown
          .split("…")
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*")}$`,
      ).test(actual)
    : shown === actual;

/** The shown lines match the actual ones in order; a line `…` matches any run of lines. */
function matches(shown: readonly string[], actual: readonly string[]): boolean {
  if (shown.length === 0) return actual.length === 0;
  const [head, ...rest] = shown;
  if (head === "…") return actual.some((_, i) => matches(rest, actual.slice(i))) || matches(rest, []);
  return actual.length > 0 && lineMatches(head!, actual[0]!) && matches(rest, actual.slice(1));
}

const text = readFileSync(join(repo, flagship), "utf8");
writeFileSync(
  join(dir, "raised.subsidia"),
  text.replace("    award 30% of p.totalInvestment", "    award 35% of p.totalInvestment"),
);

writeFileSync(
  join(dir, "budgeted.subsidia"),
  text.replace('article 4 "支持中试熟化平台建设" {\n', '$&  budget 20亿元 "年度资金总额（示例）"\n'),
);

test("every console block prints what the page shows", () => {
  const consoles = blocks(doc).filter((b) => b.lang === "console");
  expect(consoles.length).toBeGreaterThanOrEqual(4);
  for (const b of consoles) {
    const lines = b.body.split("\n");
    const commands: { command: string; shown: string[] }[] = [];
    for (const l of lines)
      l.startsWith("$ subsidia ") ? commands.push({ command: l, shown: [] }) : commands.at(-1)!.shown.push(l);
    for (const { command, shown } of commands) {
      const r = cli(
        command
          .replace(/^\$ subsidia /, "")
          .split(" ")
          .map(local),
      );
      expect(r.code, command).toBe(0);
      const out = `${r.stdout}${r.stderr}`.split(`${dir}/`).join("");
      const actual = out === "" ? [] : out.replace(/\n$/, "").split("\n");
      expect(
        matches(shown, actual),
        `${command}\n--- shown\n${shown.join("\n")}\n--- printed\n${actual.join("\n")}`,
      ).toBe(true);
    }
  }
  // the JSON excerpt is the second record DuckDB wrote, and the JavaScript engine writes the same file
  const json = blocks(doc).find((b) => b.lang === "json")!;
  // a record shown as one of a file's (`<!-- a record of FILE -->`) is one of its lines
  for (const b of blocks(doc).filter((x) => x.comment?.startsWith("a record of ")))
    expect(readFileSync(join(dir, b.comment!.slice("a record of ".length)), "utf8").split("\n")).toContain(b.body);
  // a budget in DuckDB gives the JavaScript engine's records
  expect(readFileSync(join(dir, "budgeted-duckdb.jsonl"), "utf8")).toBe(
    readFileSync(join(dir, "budgeted-js.jsonl"), "utf8"),
  );
  const written = readFileSync(join(dir, "awards.jsonl"), "utf8");
  expect(written.split("\n")[1]).toBe(json.body);
  const js = cli(["batch", flagship, "--facts", join(dir, "population.jsonl"), "--out", join(dir, "awards-js.jsonl")]);
  expect(js.code).toBe(0);
  expect(readFileSync(join(dir, "awards-js.jsonl"), "utf8")).toBe(written);
});

const database = process.env["SUBSIDIA_TEST_PG"];

test.skipIf(!database && !process.env["CI"])("the PostgreSQL walk-through prints what the page shows", () => {
  expect(database, "SUBSIDIA_TEST_PG is not set: .ci/run starts PostgreSQL and sets it").toBeDefined();
  const all = blocks(doc);
  const i = all.findIndex((b) => b.comment === "postgresql");
  const [script, shown] = [all[i]!, all[i + 1]!];
  const bin = fileURLToPath(new URL("../bin/subsidia.mjs", import.meta.url));
  const schema = `docs_population_${process.pid}`;
  const prelude = [
    "set -euo pipefail",
    `subsidia() { "${process.execPath}" "${bin}" "$@" 2>/dev/null; }`,
    `cd "${dir}"`,
    `ln -sfn "${join(repo, "policies")}" policies`,
    `psql "$DATABASE" -q -c 'CREATE SCHEMA IF NOT EXISTS "${schema}"'`,
  ].join("\n");
  const r = spawnSync(
    "bash",
    ["-c", `${prelude}\n${script.body}\npsql "$DATABASE" -q -c 'DROP SCHEMA "${schema}" CASCADE' 2>/dev/null`],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE: database, PGOPTIONS: `-c search_path=${schema}` },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout.trimEnd()).toBe(shown.body);
});
