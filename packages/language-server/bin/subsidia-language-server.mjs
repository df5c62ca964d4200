#!/usr/bin/env node
// The Subsidia language server on standard input and output (`--stdio`, the only
// transport), reading each document's library from disk (library-host.mjs) so that rules,
// amendments and vocabularies resolve. Runs the built package (dist/) when present; on a
// fresh checkout without a build, the TypeScript sources through tsx.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, "..", "dist", "index.js");
const packagesBuilt = ["syntax", "ir", "compiler", "runtime"].every((p) =>
  existsSync(join(here, "..", "..", p, "dist", "index.js")),
);

if (existsSync(built) && (packagesBuilt || !existsSync(join(here, "..", "..", "syntax")))) {
  const { startStdioServer, parseLevels } = await import(pathToFileURL(built).href);
  const { nodeLibraryHost } = await import("./library-host.mjs");
  startStdioServer({ library: nodeLibraryHost(parseLevels) });
} else {
  const tsx = import.meta.resolve("tsx");
  const src = JSON.stringify(pathToFileURL(join(here, "..", "src", "index.ts")).href);
  const host = JSON.stringify(pathToFileURL(join(here, "library-host.mjs")).href);
  const start = `import { startStdioServer, parseLevels } from ${src}; import { nodeLibraryHost } from ${host}; startStdioServer({ library: nodeLibraryHost(parseLevels) });`;
  const r = spawnSync(process.execPath, ["--conditions=source", "--import", tsx, "--input-type=module", "-e", start], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}
