import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "@subsidia/compiler";
import { runPolicyTests } from "@subsidia/runtime";
import { describe, expect, test } from "vitest";
import { cacheDir, cliCommand, repo } from "./run-cli.js";

/**
 * docs/tutorial.md, checked: every ```subsidia block is a complete policy that
 * compiles and whose tests pass; every command shown after `<!-- run {…} -->`
 * is run on `tutorial.subsidia` as it is at that step (a named block, with
 * the edits the text describes), and prints what the page shows.
 */
const page = readFileSync(join(repo, "docs/tutorial.md"), "utf8");

const blocks = new Map<string, string>();
for (const m of page.matchAll(/^<!-- ([\w-]+) -->\n```subsidia\n([\s\S]*?)^```$/gm)) blocks.set(m[1]!, m[2]!);
const allBlocks = [...page.matchAll(/^```subsidia\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

interface Run {
  file: string;
  replace?: [string, string][];
  then?: string;
  code?: number | string;
}
const runs = [...page.matchAll(/^<!-- run (\{.*\}) -->\n```console\n\$ npx subsidia (.*)\n([\s\S]*?)^```$/gm)].map(
  (m) => ({
    spec: JSON.parse(m[1]!) as Run,
    args: m[2]!.split(" "),
    output: m[3]!,
  }),
);
const warns = [...page.matchAll(/^<!-- warns (\{.*\}) -->$/gm)].map((m) => JSON.parse(m[1]!) as Run);

function stage(spec: Run): string {
  const text = blocks.get(spec.file);
  if (text === undefined) throw new Error(`docs/tutorial.md has no block \`${spec.file}\``);
  return (spec.replace ?? []).reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`\`${from}\` is not in block \`${spec.file}\``);
    return t.replace(from, to);
  }, text);
}

/** Runs `subsidia ARGS` in a fresh folder holding `tutorial.subsidia`, as the reader would. */
function inFolder(text: string, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-tutorial-"));
  writeFileSync(join(dir, "tutorial.subsidia"), text);
  const r = spawnSync(process.execPath, [...cliCommand, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", SUBSIDIA_CACHE_DIR: cacheDir },
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    file: readFileSync(join(dir, "tutorial.subsidia"), "utf8"),
  };
}

describe("docs/tutorial.md", () => {
  test("is written in Chinese and in English, and builds the policy in named steps", () => {
    expect(page).toMatch(/第一步/);
    expect(page).toMatch(/Step 1/);
    expect([...blocks.keys()]).toEqual(["step-1", "step-2", "draft", "step-3", "step-4", "step-5"]);
    expect(allBlocks.length).toBe(blocks.size);
  });

  test.each([...blocks.entries()])("the policy `%s` compiles and its tests pass", (name, text) => {
    const r = compile(text, `${name}.subsidia`);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(runPolicyTests(r.ir!).filter((t) => !t.passed)).toEqual([]);
  });

  test.each(runs.map((r) => [`subsidia ${r.args.join(" ")} (${r.spec.file})`, r] as const))(
    "%s prints what the page shows",
    (_name, r) => {
      const out = inFolder(stage(r.spec), r.args);
      expect(out.stderr).toBe("");
      expect(out.stdout).toBe(r.output);
      expect(out.code).toBe(r.spec.code ?? 0);
      if (r.spec.then !== undefined) expect(out.file).toBe(blocks.get(r.spec.then));
    },
  );

  test.each(warns.map((w) => [w.code, w] as const))("the edit described for %s triggers it", (code, w) => {
    expect(compile(stage(w), "tutorial.subsidia").diagnostics.map((d) => d.code)).toContain(code);
  });
});
