import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { typecheck } from "./typecheck.js";

/** Every ```ts block of docs/sdk.md type-checks and runs; the ```text block after it is its output. */
const doc = readFileSync(fileURLToPath(new URL("../../../docs/sdk.md", import.meta.url)), "utf8");
const dir = fileURLToPath(new URL(`./.tmp/docs-${process.pid}/`, import.meta.url));
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```\n(?:\n```text\n([\s\S]*?)```\n)?/g)].map((m, i) => ({
  file: `${dir}block-${i + 1}.ts`,
  code: m[1]!,
  output: m[2],
}));
mkdirSync(dir, { recursive: true });
for (const b of blocks) writeFileSync(b.file, b.code);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("docs/sdk.md", () => {
  test("has examples, each with its output", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks) expect(b.output).toBeDefined();
  });

  test("every example type-checks", () => {
    expect(typecheck(blocks.map((b) => b.file))).toEqual([]);
  });

  test.each(blocks.map((b, i) => [i + 1, b] as const))(
    "example %i prints what the page says",
    (_, b) => {
      const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", b.file], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(b.output);
    },
    60000,
  );
});
