import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { typecheck } from "./typecheck.js";

/** examples/sdk-node must keep compiling and running against the generated SDK. */
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const main = `${repo}examples/sdk-node/main.ts`;

describe("examples/sdk-node", () => {
  test("type-checks", () => {
    expect(typecheck([main])).toEqual([]);
  });

  test("runs and prints the contract's figures, an explanation and validation errors", () => {
    const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("黑龙江省支持生物制造产业高质量发展若干政策措施: total 59000000.00 yuan");
    expect(lines).toContain("  article 4 platformConstruction cv-1: 9000000.00 (exact)");
    expect(lines).toContain("    cap: cap 5000万元 (50000000): reached, 60000000 → 50000000");
    expect(lines).toContain("platform CV-1 gets 9000000.00");
    expect(lines).toContain(
      "invalid: projects[0].construction: expected one of `new`, `renovation`, `expansion`, `technical-transformation`, got `rebuild`",
    );
  });
});
