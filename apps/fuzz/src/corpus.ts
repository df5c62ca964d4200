import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { targets, type Target } from "./targets.js";

/** apps/fuzz/corpus: one folder per target (`policy/`, `facts/`, `ir/`), one input per file. */
export const corpusDir = new URL("../corpus/", import.meta.url).pathname;
/** apps/fuzz/findings: where a fuzz run saves what it found (not committed). */
export const findingsDir = new URL("../findings/", import.meta.url).pathname;

export interface Entry {
  /** `policy/deep-award.subsidia` */
  name: string;
  /** runs the target's oracle on the entry; throws what it finds */
  run(): void;
}

export function corpusEntries(): Entry[] {
  return targets.flatMap((target: Target<unknown>) => {
    const dir = join(corpusDir, target.name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(`.${target.extension}`))
      .sort()
      .map((f) => {
        const name = `${target.name}/${f}`;
        return { name, run: () => target.check(target.parse(readFileSync(join(dir, f), "utf8")), name) };
      });
  });
}

/**
 * `corpus/known.json`: entries that still fail, each with the issue or branch that fixes
 * it. The tests expect them to fail, so that a fix shows up as a test to update.
 */
export function knownFailures(): Record<string, string> {
  const file = join(corpusDir, "known.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
}

/** Saves a failing input (in its corpus form) under findings/TARGET/, named by its hash; returns the path. */
export function saveFinding(target: string, extension: string, content: string): string {
  const dir = join(findingsDir, target);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash("sha256").update(content).digest("hex").slice(0, 12)}.${extension}`);
  writeFileSync(path, content);
  return path;
}
