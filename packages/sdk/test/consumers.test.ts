import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { testConfig, typecheck, type Found } from "./typecheck.js";

/**
 * Consumers of the generated SDK (test/consumers/*.ts, outside tsconfig.test.json) are
 * type-checked like a user's code. A line that must not compile ends with
 * `// error TSxxxx 'text'`: the test wants exactly those errors, each mentioning its text.
 */
const dir = fileURLToPath(new URL("./consumers/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort();
const found = typecheck(files.map((f) => dir + f));

function expected(file: string): { line: number; code: number; text: string }[] {
  return readFileSync(dir + file, "utf8")
    .split("\n")
    .flatMap((src, i) => {
      const m = /\/\/ error TS(\d+) (.*)$/.exec(src);
      return m ? [{ line: i + 1, code: Number(m[1]), text: m[2]!.replace(/^'|'$/g, "") }] : [];
    });
}

describe("consumers of the SDK", () => {
  test("no diagnostic outside the consumer files", () => {
    expect(found.filter((d) => !d.file.startsWith(dir))).toEqual([]);
  });

  test.each(files)("%s has exactly its marked errors", (file) => {
    const got = found.filter((d) => d.file === dir + file);
    const want = expected(file);
    if (file === "correct.ts") expect(want).toEqual([]);
    else expect(want.length).toBeGreaterThan(0);
    expect(got.map(({ line, code }: Found) => ({ line, code }))).toEqual(
      want.map(({ line, code }) => ({ line, code })),
    );
    for (const w of want) expect(got.find((d) => d.line === w.line)?.message).toContain(w.text);
  });
});

describe("the type tests are really checked", () => {
  test("tsconfig.test.json, which vitest's typecheck runs, includes every *.test-d.ts", () => {
    const testD = readdirSync(fileURLToPath(new URL(".", import.meta.url))).filter((f) => f.endsWith(".test-d.ts"));
    expect(testD.length).toBeGreaterThan(0);
    const included = testConfig().fileNames.map((f) => f.split("/").pop());
    for (const f of testD) expect(included).toContain(f);
  });
});
