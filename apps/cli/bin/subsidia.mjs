#!/usr/bin/env node
// Runs the built CLI (dist/) when present; on a fresh checkout without a build,
// runs the TypeScript sources through tsx instead, so `npx subsidia` always works.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, "..", "dist", "main.js");
const packagesBuilt = ["messages", "syntax", "ir", "compiler", "runtime"].every((p) =>
  existsSync(join(here, "..", "..", "..", "packages", p, "dist", "index.js")),
);

if (existsSync(built) && packagesBuilt) {
  await import(pathToFileURL(built).href);
} else {
  const tsx = import.meta.resolve("tsx");
  const r = spawnSync(
    process.execPath,
    ["--conditions=source", "--import", tsx, join(here, "..", "src", "main.ts"), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}
