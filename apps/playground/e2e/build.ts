import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const APP_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A fresh production build (`vite build`, the same config as `npm run build`) in a temporary folder. */
export async function productionBuild(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "subsidia-playground-"));
  await build({ root: APP_ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}
