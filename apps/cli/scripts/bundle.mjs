#!/usr/bin/env node
// The published CLI: dist/bundle/subsidia.mjs and the chunks it loads, built by esbuild with
// every package and library inside (nothing to install but Node). Each command is a chunk of
// its own, loaded only when that command runs: `subsidia --help` reads a few kilobytes, not the
// compiler, the runtime and Chevrotain (one file of 950 kB took V8 twice as long to start).
// Usage: node scripts/bundle.mjs [OUTDIR]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const outdir = process.argv[2] ?? here("../dist/bundle");
rmSync(outdir, { recursive: true, force: true });

// The build's id, in the key of every cached compile (src/cache/build-id.ts): a hash of the sources of
// the packages that make a policy's IR and diagnostics, and of the parser library's version.
const buildHash = createHash("sha256");
const hashFolder = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashFolder(path);
    else buildHash.update(`${name}\0`).update(readFileSync(path)).update("\0");
  }
};
for (const p of ["syntax", "compiler", "ir", "messages"]) hashFolder(here(`../../../packages/${p}/src`));
buildHash.update(readFileSync(here("../../../node_modules/chevrotain/package.json")));

await build({
  entryPoints: { subsidia: here("../src/main.ts") },
  outdir,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // the workspace packages from their TypeScript sources: no build of theirs needed
  conditions: ["source"],
  // SUBSIDIA_PRODUCTION: the parser skips Chevrotain's grammar checks (the tests run them)
  define: {
    __SUBSIDIA_BUNDLED__: "true",
    SUBSIDIA_PRODUCTION: "true",
    __SUBSIDIA_BUILD_ID__: JSON.stringify(buildHash.digest("hex")),
    // the release, for `--version` and the decision log: the bundle has no package.json of each package to read
    __SUBSIDIA_VERSION__: JSON.stringify(JSON.parse(readFileSync(here("../package.json"), "utf8")).version),
  },
  // CommonJS libraries inside an ES module still call require() for Node's built-ins
  banner: {
    js: 'import { createRequire as __subsidiaRequire } from "node:module";\nconst require = __subsidiaRequire(import.meta.url);',
  },
  // a native addon cannot be bundled: @duckdb/node-api is the package's one dependency, loaded by `--engine duckdb`
  external: ["@duckdb/node-api"],
  minify: true,
  legalComments: "eof",
  logLevel: "warning",
});
