#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle, what a published install has) when present, else the
// built CLI (dist/main.js); on a fresh checkout without a build, runs the TypeScript sources
// through tsx instead, so `npx subsidia` always works.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, "..", "dist", "bundle", "subsidia.mjs");
const built = join(here, "..", "dist", "main.js");
const packagesBuilt = () =>
  ["messages", "syntax", "ir", "plan", "compiler", "runtime"].every((p) =>
    existsSync(join(here, "..", "..", "..", "packages", p, "dist", "index.js")),
  );

if (existsSync(bundle)) await import(pathToFileURL(bundle).href);
else if (existsSync(built) && packagesBuilt()) await import(pathToFileURL(built).href);
else {
  const { spawnSync } = await import("node:child_process");
  const tsx = import.meta.resolve("tsx");
  const r = spawnSync(
    process.execPath,
    ["--conditions=source", "--import", tsx, join(here, "..", "src", "main.ts"), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}
