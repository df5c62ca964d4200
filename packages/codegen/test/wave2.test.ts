import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generateSdk } from "@subsidia/codegen";
import { Policy } from "@subsidia/ir";
import { removeOut, typecheck, writeOut } from "./typecheck.js";

/** The SDK of the second wave's constructs: instalments, ranges, rules, amounts in another currency. */
const corpus = (name: string) =>
  Policy.parse(JSON.parse(readFileSync(new URL(`../../../corpus/${name}/expected.ir.json`, import.meta.url), "utf8")));

const files = generateSdk([{ ir: corpus("wave2-links") }, { ir: corpus("currency") }]);
const contents = (suffix: string) => files.find((f) => f.path.endsWith(suffix))?.contents ?? "";
const links = () => contents("wave2-links/result.ts");

describe("generateSdk on the second wave's constructs", () => {
  test("an award paid in instalments carries them; an award set between two ends carries its range", () => {
    expect(links()).toMatch(/clause: "newProject";[^\n]*instalments: InstalmentPart\[\];/);
    expect(links()).toMatch(/clause: "major";[^\n]*basis: "range";[^\n]*range: \{ min: string; max: string \};/);
    expect(links()).not.toMatch(/clause: "county";[^\n]*instalments/);
    expect(links()).toMatch(/^import type \{[^}]*\bInstalmentPart\b[^}]*\} from "@subsidia\/runtime";$/m);
  });

  test("a fact in another currency says so on its field", () => {
    expect(contents("currency/facts.ts")).toContain("An amount in USD, not 元.");
  });

  test("the generated modules type-check strictly", () => {
    const dir = writeOut("wave2", files);
    try {
      expect(typecheck(files.map((f) => join(dir, f.path)))).toEqual([]);
    } finally {
      removeOut(dir);
    }
  });
});
