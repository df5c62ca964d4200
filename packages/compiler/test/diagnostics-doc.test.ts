import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DIAGNOSTICS, type DiagnosticCode } from "@subsidia/syntax";
import { diagnosticsDoc } from "../scripts/diagnostics-doc.js";
import { ABOUT } from "../scripts/diagnostics-about.js";
import { compile } from "../src/index.js";

/**
 * docs/diagnostics.md is generated from the registry: every code, in order, with its title, severity, messages
 * and help in both languages, and a minimal policy that triggers it with what `subsidia check` prints for it.
 */
const page = readFileSync(new URL("../../../docs/diagnostics.md", import.meta.url), "utf8");

describe("docs/diagnostics.md", () => {
  test("is what the generator writes (run `npm run docs:diagnostics -w @subsidia/compiler`)", () => {
    expect(page).toBe(diagnosticsDoc());
  });

  test("documents every code of the registry once, in order, with its title and severity", () => {
    const headings = [...page.matchAll(/^### ([A-Z]\d{3} .+ · (?:error|warning))$/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.entries(DIAGNOSTICS).map(([code, d]) => `${code} ${d.title} · ${d.severity}`));
  });

  const withExample = (Object.keys(ABOUT) as DiagnosticCode[]).filter((code) => ABOUT[code].example !== null);
  test("only the three limits, which a very long file reaches, and library codes that need two files have no example", () => {
    const twoFiles = ["R001", "R002", "R003", "R004", "R005", "R006", "R007", "R008", "R009", "R010", "R012", "R014"];
    twoFiles.push("R094", "R095", "R096", "R098", "R099");
    expect((Object.keys(ABOUT) as DiagnosticCode[]).filter((c) => !withExample.includes(c)).sort()).toEqual([
      "A012",
      "L005",
      "P006",
      ...twoFiles,
    ]);
  });

  test.each(withExample)("the example of %s triggers it", (code) => {
    const codes = compile(ABOUT[code].example ?? "", `${code.toLowerCase()}.subsidia`).diagnostics.map((d) => d.code);
    expect(codes).toContain(code);
  });
});
