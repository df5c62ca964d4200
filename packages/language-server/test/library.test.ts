import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DefinitionRequest, HoverRequest, type Location } from "vscode-languageserver-protocol/node";
import { type Client, positionOf, startClient } from "./lsp-client.js";

/** The library needs a reader of files: `subsidia lsp` (apps/cli) gives the one of `subsidia check`. */
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const main = join(repo, "apps/cli/src/main.ts");
const flagship = "policies/heilongjiang/biomanufacturing-2026.subsidia";
const cli = (args: string[]) =>
  spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "0", LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  });
const ruleFile = join(repo, "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia");
const ruleText = readFileSync(ruleFile, "utf8");

/** What `subsidia check --json` says of a file: code, severity and 0-based line of each diagnostic. */
function checked(file: string) {
  const r = cli(["check", "--json", file]);
  const [one] = JSON.parse(r.stdout).files as {
    diagnostics: { code: string; severity: string; span: { line: number } }[];
  }[];
  return one!.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.span.line - 1 }));
}

const severity = (n: number | undefined) => (n === 1 ? "error" : "warning");

let client: Client;
let dir: string;
beforeAll(async () => {
  client = await startClient(["--import", "tsx", main, "lsp"]);
  dir = mkdtempSync(join(tmpdir(), "subsidia-lsp-library-"));
  copyFileSync(join(repo, flagship), join(dir, "flagship.subsidia"));
  writeFileSync(join(dir, "library.json"), '{ "levels": {} }');
});
afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the language server (`subsidia lsp`) reads the library of a document, as `subsidia check` does", () => {
  it("checks the FICTIONAL 省科技厅 rule with its policy: the gaps of its window, no R013", async () => {
    const published = await client.open(pathToFileURL(ruleFile).href, ruleText);
    const got = published.diagnostics.map((d) => ({
      code: d.code,
      severity: severity(d.severity),
      line: d.range.start.line,
    }));
    expect(got.map((d) => d.code)).toEqual(["R009", "R009"]);
    expect(got).toEqual(checked(ruleFile));
  });

  it("reports a fill of a parameter the policy does not leave pending, as typed and before it is saved", async () => {
    const file = join(dir, "rule.subsidia");
    writeFileSync(file, ruleText);
    const uri = pathToFileURL(file).href;
    const opened = await client.open(uri, ruleText);
    expect(opened.diagnostics.map((d) => d.code)).not.toContain("R013");
    const typo = ruleText.replace("param rdStockRate", "param rdStockRat");
    const changed = await client.change(uri, 2, [{ text: typo }]);
    const r002 = changed.diagnostics.find((d) => d.code === "R002");
    expect(r002?.message).toContain("has no parameter `rdStockRat`");
    expect(r002?.range.start).toEqual({
      line: ruleText.split("\n").findIndex((l) => l.includes("rdStockRate")),
      character: 6,
    });
    writeFileSync(file, typo);
    expect(
      changed.diagnostics.map((d) => ({ code: d.code, severity: severity(d.severity), line: d.range.start.line })),
    ).toEqual(checked(file));
  });

  it("reads the open, unsaved text of the policy the rule implements", async () => {
    const policyUri = pathToFileURL(join(dir, "flagship.subsidia")).href;
    const policyText = readFileSync(join(dir, "flagship.subsidia"), "utf8");
    // the drafter fixes the rate in the policy (not saved): the rule may no longer fill it
    await client.open(
      policyUri,
      policyText.replace(/param rdStockRate: percent pending[^\n]*/, 'param rdStockRate: percent = 5% "x"'),
    );
    const file = join(dir, "rule2.subsidia");
    const text = ruleText.replace("FICTIONAL-hlj-kjt-rd-subsidy-rates", "FICTIONAL-second");
    writeFileSync(file, text);
    const opened = await client.open(pathToFileURL(file).href, text);
    expect(opened.diagnostics.find((d) => d.code === "R002")?.message).toContain("`rdStockRate`");
  });

  it("goes from a pending parameter of a policy to the rules that fill it, and hovers their values", async () => {
    const file = join(repo, flagship);
    const text = readFileSync(file, "utf8");
    const uri = pathToFileURL(file).href;
    await client.open(uri, text);
    const position = positionOf(text, "rdStockRate", 1);
    const targets = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position,
    })) as Location[];
    expect(targets.map((t) => [t.uri, t.range.start.line])).toEqual([
      [uri, text.split("\n").findIndex((l) => l.startsWith("param rdStockRate"))],
      [pathToFileURL(ruleFile).href, ruleText.split("\n").findIndex((l) => l.startsWith("param rdStockRate"))],
    ]);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = (hover?.contents as { value: string } | undefined)?.value;
    // docs/editor.md shows the first line
    const doc = readFileSync(join(repo, "docs/editor.md"), "utf8");
    const shown = /<!-- editor-library-hover -->\n```text\n(.*)\n```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    expect(value).toContain(`${shown}\n`);
    expect(value).toContain("in force 2026-04-01 to 2028-12-31");
    expect(value).toContain("param rdStockRate: percent = 5%");
  });
});
