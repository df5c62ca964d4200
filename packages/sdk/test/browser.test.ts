import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { describe, expect, test } from "vitest";

/**
 * The SDK bundles for a browser (esbuild, platform `browser`: a `node:` import or a
 * Node built-in would fail the build) and runs where there is no `process`, `require` or `Buffer`.
 */
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const options: BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  platform: "browser",
  write: false,
  conditions: ["source"],
  logLevel: "silent",
};

describe("a browser bundle of the SDK", () => {
  test("builds as an ES module with no Node built-in", async () => {
    const out = await build({ ...options, format: "esm", metafile: true });
    expect(out.errors).toEqual([]);
    const inputs = Object.keys(out.metafile!.inputs);
    expect(inputs.filter((i) => i.startsWith("node:") || /^(fs|path|url|process|buffer)$/.test(i))).toEqual([]);
    expect(out.outputFiles![0]!.text).toMatch(/export \{[^}]*heilongjiangBiomanufacturing2026/);
  });

  test("evaluates an applicant in a bare JavaScript realm", async () => {
    const out = await build({ ...options, format: "iife", globalName: "sdk" });
    const context: Record<string, unknown> = {};
    runInNewContext(`${out.outputFiles![0]!.text}\nglobalThis.sdk = sdk;`, context);
    expect(context["process"]).toBeUndefined();
    const sdk = context["sdk"] as { heilongjiangBiomanufacturing2026: { evaluate: (facts: unknown) => unknown } };
    const outcome = sdk.heilongjiangBiomanufacturing2026.evaluate({
      applicationDate: "2026-06-01",
      projects: [{ id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" }],
    });
    expect(JSON.parse(JSON.stringify(outcome))).toMatchObject({
      ok: true,
      result: { total: "50000000.00", awards: [{ article: 6, item: "plant-1" }] },
    });
  });
});
