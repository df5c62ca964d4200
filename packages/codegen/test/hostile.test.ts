import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSdk, type GeneratedFile } from "@subsidia/codegen";
import { HOSTILE, hostilePolicy } from "./policies.js";
import { removeOut, typecheck, writeOut } from "./typecheck.js";

/**
 * A policy whose names, ids, enum values and texts hold `*​/`, quotes, backticks,
 * `${}`, newlines and line separators: its SDK must compile, and loading it must run
 * no code from the policy (each hostile text would set `globalThis.pwned`).
 */
const ir = hostilePolicy();
let files: GeneratedFile[];
let dir: string;
type Module = Record<string, unknown> & {
  evaluate: (facts: unknown) => {
    ok: boolean;
    result?: { awards: { amount: string; item: string }[] };
    errors?: unknown;
  };
};

beforeAll(() => {
  files = generateSdk([{ ir, name: HOSTILE[4] }], { header: [...HOSTILE] });
  dir = writeOut("hostile", files);
});
afterAll(() => (process.env["KEEP"] ? undefined : removeOut(dir)));

describe("a hostile policy", () => {
  test("generates code that type-checks without a single diagnostic", () => {
    expect(typecheck(files.map((f) => join(dir, f.path)))).toEqual([]);
  });

  test("runs no code of its own when loaded, and exports only the generated names", async () => {
    const sdk = (await import(join(dir, "index.ts"))) as Record<string, Module>;
    expect(globalThis).not.toHaveProperty("pwned");
    expect(Object.keys(sdk)).toEqual(["globalThisPwnedTemplate"]);
    const mod = sdk["globalThisPwnedTemplate"]!;
    expect(Object.keys(mod).sort()).toEqual([
      "awardsOf",
      "evaluate",
      "factsJsonSchema",
      "factsSchema",
      "id",
      "policy",
      "title",
      "validateFacts",
    ]);
    expect(globalThis).not.toHaveProperty("pwned");
  });

  test("keeps every text exactly: the embedded IR is the policy without its tests", async () => {
    const mod = (await import(join(dir, "index.ts"))) as Record<string, Module>;
    const m = mod["globalThisPwnedTemplate"]!;
    expect(m["id"]).toBe(ir.id);
    expect(m["title"]).toBe(ir.title);
    expect(m["policy"]).toEqual({ ...ir, tests: [] });
    const schema = m["factsJsonSchema"] as {
      properties: Record<string, { anyOf?: { items?: { properties: object } }[] }>;
    };
    expect(Object.keys(schema.properties)).toEqual(ir.inputs.map((f) => f.name));
    expect(Object.getPrototypeOf(schema.properties[HOSTILE[1]]!.anyOf![0]!.items!.properties)).toBe(Object.prototype);
    expect(Object.keys(schema.properties[HOSTILE[1]]!.anyOf![0]!.items!.properties)).toContain("__proto__");
  });

  test("evaluates with its hostile names", async () => {
    const m = ((await import(join(dir, "index.ts"))) as Record<string, Module>)["globalThisPwnedTemplate"]!;
    const items = [
      { [HOSTILE[2]]: "a", [HOSTILE[3]]: "1000", [HOSTILE[4]]: HOSTILE[4] },
      { [HOSTILE[2]]: "b", [HOSTILE[3]]: "1000", [HOSTILE[4]]: HOSTILE[5] },
    ];
    const outcome = m.evaluate({ [HOSTILE[0]]: "2026-06-01", [HOSTILE[1]]: items });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.result?.awards.map((a) => [a.item, a.amount])).toEqual([["#1", "500.00"]]);
    expect(globalThis).not.toHaveProperty("pwned");
  });

  test("comments cannot be closed or tagged by policy text", () => {
    for (const f of files) {
      const code = readFileSync(join(dir, f.path), "utf8");
      expect(code).not.toMatch(/^\s*\*\s*@/m);
      expect(code).not.toMatch(/[\u2028\u2029\r]/);
    }
  });
});
