import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DIAGNOSTICS, type DiagnosticCode } from "@subsidia/syntax";
import { compile } from "../src/index.js";
import { markersOf } from "./markers.js";

const root = new URL("../../../corpus/", import.meta.url).pathname;
const update = Boolean(process.env.UPDATE_GOLDEN);
const cases = readdirSync(root)
  .filter((d) => existsSync(join(root, d, "input.subsidia")))
  .sort();

/** Golden check: with UPDATE_GOLDEN=1 the file is rewritten, otherwise compared. */
function golden(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing; run UPDATE_GOLDEN=1 npm test -w @subsidia/compiler`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe.each(cases)("fixture %s", (name) => {
  const dir = join(root, name);
  const text = readFileSync(join(dir, "input.subsidia"), "utf8");
  const result = compile(text, `corpus/${name}/input.subsidia`);
  const markers = markersOf(text);

  test("diagnostics match the golden file", () => {
    const lines = result.diagnostics.map((d) => `${d.span.line}:${d.span.column} ${d.severity} ${d.code} ${d.message}`);
    golden(join(dir, "expected.diagnostics.txt"), lines.join("\n") + (lines.length ? "\n" : ""));
  });

  test("errors and warnings are exactly the ones marked in the source", () => {
    const found = result.diagnostics.map((d) => ({ line: d.span.line, column: d.span.column, code: d.code }));
    expect(found).toEqual(markers);
  });

  if (markers.every((m) => DIAGNOSTICS[m.code as DiagnosticCode]?.severity !== "error")) {
    test("compiles to the golden IR", () => {
      expect(result.ir).toBeDefined();
      golden(join(dir, "expected.ir.json"), `${JSON.stringify(result.ir, null, 2)}\n`);
    });
  }
});
