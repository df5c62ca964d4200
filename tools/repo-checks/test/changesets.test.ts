import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * Every changeset is one `npx changeset version` can read: front matter of `"package": major|minor|patch`
 * lines naming published workspaces only. A changeset naming an ignored package (the playground, the bench)
 * beside a published one, or whose front matter a formatter turned into a heading, stops `changeset status`
 * and `changeset version` for the whole repository.
 */
const repo = new URL("../../../", import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(repo, ".changeset/config.json"), "utf8")) as { ignore: string[] };
const names = ["packages", "apps", "tools"].flatMap((top) =>
  readdirSync(join(repo, top)).flatMap((dir) => {
    try {
      return [(JSON.parse(readFileSync(join(repo, top, dir, "package.json"), "utf8")) as { name: string }).name];
    } catch {
      return [];
    }
  }),
);
const published = names.filter((n) => !config.ignore.includes(n));
const files = readdirSync(join(repo, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");

describe.each(files)(".changeset/%s", (file) => {
  test("has front matter of published packages and their bumps, then a description", () => {
    const text = readFileSync(join(repo, ".changeset", file), "utf8");
    const m = /^---\n([\s\S]*?)\n---\n\n?(\S[\s\S]*)$/.exec(text);
    expect(m, "front matter between two `---` lines, then the description").not.toBeNull();
    const lines = m![1]!.split("\n").filter((l) => l.trim() !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const entry = /^"([^"]+)": (major|minor|patch)$/.exec(line.trim());
      expect(entry, `\`${line}\`: expected "package": major, minor or patch`).not.toBeNull();
      expect(published, `${entry![1]} is not a published workspace (ignored: ${config.ignore.join(", ")})`).toContain(
        entry![1],
      );
    }
  });
});
