/**
 * The child (child.ts) as one JavaScript file, bundled by esbuild the same way for every
 * tree, so that the engines compared run code compiled alike (no loader hooks, no names
 * kept): `@subsidia/*` from the sources of the working tree, or of an earlier commit taken
 * with `git archive` (the "before" of before/after rows). npm libraries come from the
 * working tree's node_modules (the versions are pinned).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { repo } from "../policy.js";

/** The workspaces under packages/ of a tree, as esbuild aliases to their sources. */
function aliases(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, "packages")))
    out[`@subsidia/${name}`] = join(root, "packages", name, "src/index.ts");
  return out;
}

/** Bundles the child against the packages of `root` into `outFile`. */
export async function bundleChild(root: string, outFile: string): Promise<string> {
  await build({
    entryPoints: [join(repo, "apps/bench/src/engines/child.ts")],
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    alias: aliases(root),
    nodePaths: [join(repo, "node_modules")],
    logLevel: "error",
    // CommonJS libraries bundled into ESM may call require for Node's built-ins
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outFile;
}

/** The packages of commit `rev` of this repository, extracted into `dir` (for bundleChild). */
export function checkout(rev: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["-C", repo, "archive", "--format=tar", rev, "packages"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  return dir;
}
