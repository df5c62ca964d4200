import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DIAGNOSTICS, type DiagnosticCode } from "@subsidia/syntax";
import { compile, formatDiagnostic } from "../src/index.js";

/**
 * docs/diagnostics.md lists every code of the registry, in order, with its
 * title and severity, and a minimal policy that triggers it.
 */
const page = readFileSync(new URL("../../../docs/diagnostics.md", import.meta.url), "utf8");

interface Section {
  code: string;
  title: string;
  severity: string;
  example: string;
}

const sections: Section[] = page
  .split(/^### /m)
  .slice(1)
  .map((s) => {
    const [, code = "", title = "", severity = ""] = /^([A-Z]\d{3}) (.+) · (error|warning)\n/.exec(s) ?? [];
    return { code, title, severity, example: /```subsidia\n([\s\S]*?)^```$/m.exec(s)?.[1] ?? "" };
  });

/** Codes that only a very long file triggers: documented without an example, tested in the limits tests. */
const LIMITS = new Set(["L005", "P006", "A012"]);

describe("docs/diagnostics.md", () => {
  test("documents every code of the registry once, in order, with its title and severity", () => {
    expect(sections.map((s) => `${s.code} ${s.title} · ${s.severity}`)).toEqual(
      Object.entries(DIAGNOSTICS).map(([code, d]) => `${code} ${d.title} · ${d.severity}`),
    );
  });

  test("the codes of the limits say so instead of giving an example", () => {
    for (const s of sections.filter((x) => LIMITS.has(x.code))) {
      expect(s.example).toBe("");
      expect(page.split(`### ${s.code} `)[1]?.split("###")[0]).toMatch(/There is no short\s+example/);
    }
  });

  test.each(sections.filter((s) => !LIMITS.has(s.code)).map((s) => [s.code, s] as const))(
    "the example of %s triggers it",
    (code, s) => {
      expect(s.example).not.toBe("");
      const codes = compile(s.example, `${code.toLowerCase()}.subsidia`).diagnostics.map((d) => d.code);
      expect(codes).toContain(code as DiagnosticCode);
    },
  );

  test("the `check` output shown at the top is what the example of N001 gives", () => {
    const n001 = sections.find((s) => s.code === "N001")!.example;
    const { diagnostics } = compile(n001, "n001.subsidia");
    const shown = /\$ npx subsidia check n001\.subsidia\n([\s\S]*?)```/.exec(page)?.[1];
    expect(shown).toBe(`${diagnostics.map((d) => formatDiagnostic(d, n001)).join("\n\n")}\n\n1 error, 0 warnings\n`);
  });
});
