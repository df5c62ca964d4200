import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const repo = new URL("../../../", import.meta.url).pathname;
const depcruise = join(repo, "node_modules/.bin/depcruise");
const roots: string[] = [];

/** A skeleton of the workspaces with the repository's rules and table, plus extra source files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "subsidia-depcheck-"));
  roots.push(root);
  for (const f of [".dependency-cruiser.cjs", "tsconfig.base.json", "docs/architecture.md"]) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    copyFileSync(join(repo, f), join(root, f));
  }
  const stubs: Record<string, string> = {};
  for (const p of ["syntax", "ir", "compiler", "plan", "runtime", "diff", "codegen", "sdk"])
    stubs[`packages/${p}/src/index.ts`] = "export const x = 1;\n";
  for (const a of ["cli", "playground", "bench"]) stubs[`apps/${a}/src/main.ts`] = "export const y = 2;\n";
  for (const [path, text] of Object.entries({ ...stubs, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string): { status: number | null; out: string } {
  const r = spawnSync(depcruise, ["packages", "apps", "--config", ".dependency-cruiser.cjs"], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe("the dependency allow-list from docs/architecture.md", () => {
  test("a tree that follows the table passes (the imports the table allows)", () => {
    const r = check(
      tree({
        "packages/plan/src/uses-ir.ts": 'export { x } from "../../ir/src/index.ts";\n',
        "packages/runtime/src/uses-plan.ts": 'export { x } from "../../plan/src/index.ts";\n',
        "apps/cli/src/uses-fs.ts": 'export { readFileSync } from "node:fs";\n',
        "apps/playground/src/uses-runtime.ts": 'export { x } from "../../../packages/runtime/src/index.ts";\n',
      }),
    );
    expect(r.out).toContain("no dependency violations");
    expect(r.status).toBe(0);
  });

  test.each([
    ["runtime imports codegen", "packages/runtime/src/probe.ts", "../../codegen/src/index.ts", "packages/codegen"],
    ["syntax imports diff", "packages/syntax/src/probe.ts", "../../diff/src/index.ts", "packages/diff"],
    ["the playground imports node:fs", "apps/playground/src/probe.ts", "node:fs", "fs"],
    ["a package imports an app", "packages/ir/src/probe.ts", "../../../apps/cli/src/main.ts", "apps/cli"],
  ])("%s: fails", (_name, file, target, shown) => {
    const r = check(tree({ [file]: `export * from "${target}";\n` }));
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(new RegExp(`not-in-allowed: ${file} → ${shown}`));
  });
});
