import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The recipes in docs/contributing/ list the files a change touches: each file they name exists, so a
 * renamed or removed file fails here instead of sending a newcomer to a path that is not there.
 */
const repo = new URL("../../../", import.meta.url).pathname;
const dir = join(repo, "docs/contributing");
const pages = readdirSync(dir).filter((f) => f.endsWith(".md"));
const workspaces = ["packages", "apps", "tools"].flatMap((top) =>
  readdirSync(join(repo, top)).map((name) => join(repo, top, name)),
);

/** The file paths a page names in backticks: from the root (`packages/…`) or inside a workspace (`src/…`). */
function paths(text: string): string[] {
  const named = [...text.matchAll(/`([\w./-]+\.(?:ts|md|json|txt|subsidia|cjs|mjs))`/g)].map((m) => m[1]!);
  return [...new Set(named)].filter((p) => p.includes("/"));
}

/** A path from the root, or one that some workspace holds (`src/funding.ts`, `js-emit/units.ts`). */
const exists = (p: string): boolean =>
  /^(packages|apps|tools|docs|corpus|policies)\//.test(p)
    ? existsSync(join(repo, p))
    : workspaces.some((w) => existsSync(join(w, p)) || existsSync(join(w, "src", p))) ||
      existsSync(join(repo, "packages", p));

describe.each(pages)("docs/contributing/%s", (page) => {
  test("names only files that exist", () => {
    const named = paths(readFileSync(join(dir, page), "utf8"));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !exists(p))).toEqual([]);
  });
});
