import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DefinitionRequest,
  type Location,
  ReferencesRequest,
  RenameRequest,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { type Client, positionOf, startClient } from "./lsp-client.js";

/** A policy with a pending parameter and two rules that fill it, in a library folder (rules in a subfolder). */
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const policyText = readFileSync(join(repo, "policies/heilongjiang/biomanufacturing-2026.subsidia"), "utf8");
const ruleText = readFileSync(
  join(repo, "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia"),
  "utf8",
);
const laterText = ruleText
  .replace("FICTIONAL-hlj-kjt-rd-subsidy-rates", "FICTIONAL-later")
  .replace("valid from 2026-04-01", "valid from 2027-01-01")
  .replace("issued 2026-04-01", "issued 2027-01-01");

let client: Client;
let dir: string;
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
const applied = (text: string, edits: TextEdit[]) => {
  const lines = text.split("\n");
  const sorted = [...edits].sort(
    (x, y) => y.range.start.line - x.range.start.line || y.range.start.character - x.range.start.character,
  );
  for (const e of sorted) {
    const l = lines[e.range.start.line]!;
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return lines.join("\n");
};

beforeAll(async () => {
  client = await startClient(["--import", "tsx", fileURLToPath(new URL("./serve-library.ts", import.meta.url))]);
  dir = mkdtempSync(join(tmpdir(), "subsidia-lsp-rename-"));
  mkdirSync(join(dir, "rules"));
  writeFileSync(join(dir, "library.json"), '{ "levels": { "hlj-biomanufacturing-2026": "provincial" } }');
  writeFileSync(join(dir, "policy.subsidia"), policyText);
  writeFileSync(join(dir, "rules", "a.subsidia"), ruleText);
  writeFileSync(join(dir, "rules", "b.subsidia"), laterText);
});
afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a pending parameter across the library: references, rename, definition", () => {
  it("renames a parameter of the policy in the fills of the rules that implement it, which still check", async () => {
    await client.open(uri("policy.subsidia"), policyText);
    const position = positionOf(policyText, "rdStockRate", 1);
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri("policy.subsidia") },
      position,
      context: { includeDeclaration: false },
    })) as Location[];
    expect(refs.map((r) => r.uri)).toEqual([uri("policy.subsidia"), uri("rules/a.subsidia"), uri("rules/b.subsidia")]);
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri("policy.subsidia") },
      position,
      newName: "rdBaseRate",
    })) as WorkspaceEdit;
    const changes = edit.changes ?? {};
    expect(Object.keys(changes).sort()).toEqual([
      uri("policy.subsidia"),
      uri("rules/a.subsidia"),
      uri("rules/b.subsidia"),
    ]);
    const renamedRule = applied(ruleText, changes[uri("rules/a.subsidia")]!);
    expect(renamedRule).toContain("param rdBaseRate: percent = 5%");
    expect(renamedRule.replace("rdBaseRate", "rdStockRate")).toBe(ruleText);

    // the edit applied to every file: the rule still fills the renamed parameter (no R002)
    const renamedPolicy = applied(policyText, changes[uri("policy.subsidia")]!);
    expect(renamedPolicy).not.toMatch(/\brdStockRate\b/);
    await client.change(uri("policy.subsidia"), 2, [{ text: renamedPolicy }]);
    const opened = await client.open(uri("rules/a.subsidia"), renamedRule);
    expect(opened.diagnostics.map((d) => d.code)).toEqual(["R009", "R009"]);
    await client.change(uri("policy.subsidia"), 3, [{ text: policyText }]);
    const reverted = await client.change(uri("rules/a.subsidia"), 2, [{ text: ruleText }]);
    expect(reverted.diagnostics.map((d) => d.code)).toEqual(["R009", "R009"]);
  });

  it("from a rule's fill: goes to the policy's parameter, and renames it there and in every rule", async () => {
    const position = positionOf(ruleText, "param rdIncrementRate", 6);
    const defs = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri("rules/a.subsidia") },
      position,
    })) as Location[];
    expect(defs[0]).toMatchObject({
      uri: uri("policy.subsidia"),
      range: { start: positionOf(policyText, "param rdIncrementRate", 6) },
    });
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri("rules/a.subsidia") },
      position,
      newName: "rdGrowthRate",
    })) as WorkspaceEdit;
    const changes = edit.changes ?? {};
    const inPolicy = (policyText.match(/\brdIncrementRate\b/g) ?? []).length;
    expect(changes[uri("policy.subsidia")]).toHaveLength(inPolicy);
    expect(changes[uri("rules/a.subsidia")]).toHaveLength(1);
    expect(applied(laterText, changes[uri("rules/b.subsidia")]!)).toContain("param rdGrowthRate: percent = 10%");
  });

  it("renames a parameter in the amendments that give it new values", async () => {
    const hainan = readFileSync(join(repo, "policies/hainan/biomedicine-awards-2022.subsidia"), "utf8");
    const amendment = readFileSync(join(repo, "examples/library/FICTIONAL-hainan-amendment-2026.subsidia"), "utf8");
    writeFileSync(join(dir, "hainan.subsidia"), hainan);
    writeFileSync(join(dir, "amendment.subsidia"), amendment);
    await client.open(uri("hainan.subsidia"), hainan);
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri("hainan.subsidia") },
      position: positionOf(hainan, "param lpr", 6),
      newName: "loanPrimeRate",
    })) as WorkspaceEdit;
    const renamed = applied(amendment, edit.changes?.[uri("amendment.subsidia")] ?? []);
    expect(renamed).toContain("param loanPrimeRate: percent = 2.8%");
    expect(renamed.replace("loanPrimeRate", "lpr")).toBe(amendment);
    expect(edit.changes?.[uri("hainan.subsidia")]).toHaveLength((hainan.match(/\blpr\b/g) ?? []).length);
  });

  it("refuses, from a rule, a name the policy already declares", async () => {
    await expect(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: uri("rules/a.subsidia") },
        position: positionOf(ruleText, "param rdIncrementRate", 6),
        newName: "projects",
      }),
    ).rejects.toThrow("`projects` is already an input of policy `hlj-biomanufacturing-2026`");
  });
});
