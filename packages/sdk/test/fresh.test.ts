import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { GENERATED, listFiles, sdkFiles, srcDir } from "../scripts/generate.js";

/**
 * The SDK is generated from policies/ and committed. Regenerating in memory must give
 * the committed files byte for byte; when it does not, run `npm run generate -w @subsidia/sdk`.
 */
describe("the committed SDK is fresh", () => {
  const files = sdkFiles();

  test("every generated file is committed with the same contents", () => {
    const stale = files.filter((f) => {
      try {
        return readFileSync(join(srcDir, f.path), "utf8") !== f.contents;
      } catch {
        return true;
      }
    });
    expect(
      stale.map((f) => f.path),
      "stale: run `npm run generate -w @subsidia/sdk`",
    ).toEqual([]);
  });

  test("src/ holds nothing else", () => {
    expect(listFiles(srcDir).sort()).toEqual(files.map((f) => f.path).sort());
  });

  test("every file says it is generated and how to regenerate it", () => {
    for (const f of files) {
      expect(f.contents.startsWith(`${GENERATED}\n// regenerate: npm run generate -w @subsidia/sdk\n`)).toBe(true);
    }
  });

  test("each policy is exported under the name of its path in policies/", () => {
    const index = files.find((f) => f.path === "index.ts")!.contents;
    expect(index).toContain(
      'export * as heilongjiangBiomanufacturing2026 from "./heilongjiang-biomanufacturing-2026/index.js";',
    );
  });
});
