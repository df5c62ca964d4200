import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The repository's root (this file is apps/fuzz/src/seeds.ts). */
export const repo = new URL("../../../", import.meta.url).pathname;

/** Every real policy text of the repository: `policies/`, the compiler's fixtures and the docs' examples. */
export function seedTexts(): { name: string; text: string }[] {
  const files = [...walk(join(repo, "policies")), ...walk(join(repo, "packages/compiler/test/fixtures"))]
    .filter((f) => f.endsWith(".subsidia"))
    .sort();
  const fromFiles = files.map((f) => ({ name: relative(repo, f), text: readFileSync(f, "utf8") }));
  const docs = readdirSync(join(repo, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .flatMap((f) =>
      [...readFileSync(join(repo, "docs", f), "utf8").matchAll(/```subsidia\n([\s\S]*?)```/g)].map((m, i) => ({
        name: `docs/${f}#${i + 1}`,
        text: m[1] ?? "",
      })),
    );
  return [...fromFiles, ...docs];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
