import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compileLibrary } from "@subsidia/compiler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DefinitionRequest,
  type Location,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { type Client, positionOf, startClient } from "./lsp-client.js";

/**
 * Inputs, fields and clauses as one name across a library: the flagship with its FICTIONAL amendment, the
 * Hainan 细则 with the amendment that removes a clause and adds an input, and the vocabulary `enterprise`
 * with the two policies that use it — all in one folder, as `subsidia check` reads it.
 */
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const read = (path: string) => readFileSync(join(repo, path), "utf8");
const paths: Record<string, string> = {
  "policy.subsidia": "policies/heilongjiang/biomanufacturing-2026.subsidia",
  "amend.subsidia": "examples/library/FICTIONAL-amendment-2027.subsidia",
  "rule.subsidia": "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia",
  "hainan.subsidia": "policies/hainan/biomedicine-awards-2022.subsidia",
  "hainan-2027.subsidia": "examples/library/FICTIONAL-hainan-amendment-2027.subsidia",
  "enterprise.subsidia": "examples/library/vocabulary/enterprise.subsidia",
  "city.subsidia": "examples/library/vocabulary/city-rd.subsidia",
  "county.subsidia": "examples/library/vocabulary/county-rd.subsidia",
};
const texts = Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, read(path)]));

let client: Client;
let dir: string;
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
const nameOf = (u: string) => Object.keys(texts).find((n) => uri(n) === u)!;

function applied(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const sorted = [...edits].sort(
    (x, y) => y.range.start.line - x.range.start.line || y.range.start.character - x.range.start.character,
  );
  for (const e of sorted) {
    const l = lines[e.range.start.line]!;
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return lines.join("\n");
}

/** `file code` of each diagnostic of the library: the same before and after a rename. */
function diagnosticsOf(files: Record<string, string>): string[] {
  const compiled = compileLibrary(Object.entries(files).map(([file, text]) => ({ file, text })));
  return compiled.diagnostics.map((d) => `${d.span.file} ${d.code}`);
}

/** Renames the name at the `n`-th `needle` (+`delta`) of `file`; every file's text with the edits applied. */
async function rename(file: string, needle: string, delta: number, newName: string, n = 0) {
  const edit = (await client.connection.sendRequest(RenameRequest.type, {
    textDocument: { uri: uri(file) },
    position: positionOf(texts[file]!, needle, delta, n),
    newName,
  })) as WorkspaceEdit;
  const changes = edit.changes ?? {};
  const after = { ...texts };
  for (const [u, edits] of Object.entries(changes)) after[nameOf(u)] = applied(texts[nameOf(u)]!, edits);
  return { changed: Object.keys(changes).map(nameOf).sort(), after };
}

async function references(file: string, needle: string, delta: number, n = 0): Promise<string[]> {
  const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri: uri(file) },
    position: positionOf(texts[file]!, needle, delta, n),
    context: { includeDeclaration: true },
  })) as Location[];
  return refs.map((r) => `${nameOf(r.uri)}:${r.range.start.line + 1}`);
}

async function definition(file: string, needle: string, delta: number, n = 0): Promise<string[]> {
  const defs = (await client.connection.sendRequest(DefinitionRequest.type, {
    textDocument: { uri: uri(file) },
    position: positionOf(texts[file]!, needle, delta, n),
  })) as Location[];
  return defs.map((r) => `${nameOf(r.uri)}:${r.range.start.line + 1}`);
}

const editorDoc = read("docs/editor.md");
/** Each line a rename changed, as `file:line  text`, the file by its place in the repository. */
const changedLines = (after: Record<string, string>) =>
  Object.keys(texts)
    .sort()
    .flatMap((file) => {
      const old = texts[file]!.split("\n");
      return after[file]!.split("\n").flatMap((l, i) => (l === old[i] ? [] : [`${paths[file]}:${i + 1}  ${l.trim()}`]));
    });
const lineOf = (file: string, needle: string, n = 0) => `${file}:${positionOf(texts[file]!, needle, 0, n).line + 1}`;
const count = (text: string, name: string) => (text.match(new RegExp(`\\b${name}\\b`, "g")) ?? []).length;

beforeAll(async () => {
  client = await startClient(["--import", "tsx", fileURLToPath(new URL("./serve-library.ts", import.meta.url))]);
  dir = mkdtempSync(join(tmpdir(), "subsidia-lsp-names-"));
  writeFileSync(join(dir, "library.json"), "{}");
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
  for (const name of Object.keys(texts)) {
    await client.open(uri(name), texts[name]!);
  }
});
afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

const before = () => diagnosticsOf(texts);

describe("a clause across the library", () => {
  it("renamed in the policy: the amendment's new version of it follows, and the library still checks", async () => {
    const { changed, after } = await rename("policy.subsidia", "clause platformConstruction", 7, "platformBuild");
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia"]);
    expect(after["amend.subsidia"]).toContain("clause platformBuild ");
    expect(count(after["policy.subsidia"]!, "platformConstruction")).toBe(0);
    expect(count(after["policy.subsidia"]!, "platformBuild")).toBe(
      count(texts["policy.subsidia"]!, "platformConstruction"),
    );
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("from the amendment: goes to the policy's clause, lists both, renames both", async () => {
    const at = ["amend.subsidia", "clause platformConstruction", 7] as const;
    expect(await definition(...at)).toEqual([
      lineOf("policy.subsidia", "clause platformConstruction"),
      lineOf("amend.subsidia", "clause platformConstruction"),
    ]);
    const refs = await references(...at);
    expect(refs).toContain(lineOf("policy.subsidia", "clause platformConstruction"));
    expect(refs).toContain(lineOf("amend.subsidia", "clause platformConstruction"));
    const { changed, after } = await rename(...at, "platformBuild");
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia"]);
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("from `remove clause x of article n`: renames the removed clause in the policy and its tests", async () => {
    const { changed, after } = await rename("hainan-2027.subsidia", "remove clause procurement", 14, "bulkBuying");
    expect(changed).toEqual(["hainan-2027.subsidia", "hainan.subsidia"]);
    expect(after["hainan-2027.subsidia"]).toContain("remove clause bulkBuying of article 6");
    // its declaration, the tests' expectations and the awards paid before (`awarded: [{ clause: "…" }]`)
    expect(count(after["hainan.subsidia"]!, "procurement")).toBe(0);
    expect(after["hainan.subsidia"]).toContain('{ clause: "bulkBuying", item: "A", date: 2024-05-01');
    expect(diagnosticsOf(after)).toEqual(before());
    // docs/editor.md shows the lines this rename changes
    const shown = /<!-- editor-library-rename -->\n```text\n([\s\S]*?)\n```/.exec(editorDoc)?.[1];
    expect(shown).toBe(changedLines(after).join("\n"));
    expect(await definition("hainan-2027.subsidia", "remove clause procurement", 14)).toEqual([
      lineOf("hainan.subsidia", "clause procurement"),
    ]);
  });

  it("refuses a name another clause of the policy or of an amendment has", async () => {
    await expect(rename("amend.subsidia", "clause platformConstruction", 7, "rdSubsidy")).rejects.toThrow(
      "`rdSubsidy` is already a clause of policy `hlj-biomanufacturing-2026`; expected a name not yet used",
    );
    await expect(rename("hainan.subsidia", "clause procurement", 7, "trials")).rejects.toThrow(
      "`trials` is already a clause of amendment `FICTIONAL-hn-biomedicine-awards-2027`",
    );
  });
});

describe("an input across the library", () => {
  it("a vocabulary's input, renamed from a policy that uses it: the vocabulary and every user follow", async () => {
    expect(await definition("city.subsidia", "of rdSpend", 3)).toEqual([
      lineOf("enterprise.subsidia", "input rdSpend"),
    ]);
    const refs = await references("enterprise.subsidia", "input rdSpend", 6);
    for (const f of ["city.subsidia", "county.subsidia"]) expect(refs).toContain(lineOf(f, "of rdSpend"));
    // the policy alone does not declare it: the editor may still start a rename there
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri: uri("city.subsidia") },
      position: positionOf(texts["city.subsidia"]!, "of rdSpend", 3),
    });
    expect(prepared).toMatchObject({ placeholder: "rdSpend" });
    const { changed, after } = await rename("city.subsidia", "of rdSpend", 3, "rdExpenditure");
    expect(changed).toEqual(["city.subsidia", "county.subsidia", "enterprise.subsidia"]);
    // the use in the clause and the fact of the test
    expect(count(after["city.subsidia"]!, "rdExpenditure")).toBe(2);
    expect(after["enterprise.subsidia"]).toContain("input rdExpenditure: money");
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("a vocabulary's input, renamed from the vocabulary", async () => {
    const { changed, after } = await rename("enterprise.subsidia", "input hightech", 6, "highTech");
    expect(changed).toEqual(["city.subsidia", "county.subsidia", "enterprise.subsidia"]);
    expect(after["county.subsidia"]).toContain("hightech: false".replace("hightech", "highTech"));
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("a policy's input read by an amendment: renamed from the amendment's `for each`, in both", async () => {
    expect(await definition("amend.subsidia", "in pilotPlatforms", 3)).toEqual([
      lineOf("policy.subsidia", "input pilotPlatforms"),
    ]);
    const { changed, after } = await rename("amend.subsidia", "in pilotPlatforms", 3, "pilotSites");
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia"]);
    expect(count(after["policy.subsidia"]!, "pilotSites")).toBe(count(texts["policy.subsidia"]!, "pilotPlatforms"));
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("the date input a rule's and an amendment's windows are matched on, by default", async () => {
    const refs = await references("policy.subsidia", "input applicationDate", 6);
    expect(refs.some((r) => r.startsWith("rule.subsidia"))).toBe(false);
    const { changed, after } = await rename("policy.subsidia", "input applicationDate", 6, "appliedOn");
    // the rule and the amendment were matched on it by default: now by name
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia", "rule.subsidia"]);
    expect(after["rule.subsidia"]).toContain("valid from 2026-04-01 to 2028-12-31 on appliedOn\n");
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("refuses a name an input or parameter of any file it is renamed in has", async () => {
    await expect(rename("city.subsidia", "of rdSpend", 3, "hightech")).rejects.toThrow(
      "`hightech` is already an input of vocabulary `enterprise`",
    );
    await expect(rename("amend.subsidia", "in pilotPlatforms", 3, "rdStockRate")).rejects.toThrow(
      "`rdStockRate` is already a parameter of policy `hlj-biomanufacturing-2026`",
    );
  });
});

describe("a record field across the library", () => {
  it("renamed from an amendment's clause: the policy's declaration, its clauses and tests' facts follow", async () => {
    const at = ["amend.subsidia", "of p.totalInvestment", 5] as const;
    expect(await definition(...at)).toEqual([lineOf("policy.subsidia", "totalInvestment: optional money")]);
    const refs = await references(...at);
    expect(refs).toContain(lineOf("policy.subsidia", "of p.totalInvestment"));
    expect(refs).toContain(lineOf("amend.subsidia", "when p.totalInvestment"));
    const { changed, after } = await rename(...at, "investmentTotal");
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia"]);
    expect(count(after["amend.subsidia"]!, "investmentTotal")).toBe(2);
    expect(count(after["policy.subsidia"]!, "investmentTotal")).toBe(
      count(texts["policy.subsidia"]!, "totalInvestment"),
    );
    expect(diagnosticsOf(after)).toEqual(before());
  });

  it("renamed in the policy: the amendment follows; a field of the record already so named is refused", async () => {
    const { changed, after } = await rename("policy.subsidia", "totalInvestment: optional money", 0, "capex");
    expect(changed).toEqual(["amend.subsidia", "policy.subsidia"]);
    expect(diagnosticsOf(after)).toEqual(before());
    await expect(rename("amend.subsidia", "of p.totalInvestment", 5, "nationalPilotPlatform")).rejects.toThrow(
      "`nationalPilotPlatform` is already a field of policy `hlj-biomanufacturing-2026`",
    );
  });

  it("a field of an input an amendment adds: renamed in the amendment alone", async () => {
    const { changed, after } = await rename("hainan-2027.subsidia", "when t.phase", 7, "stage");
    expect(changed).toEqual(["hainan-2027.subsidia"]);
    expect(after["hainan-2027.subsidia"]).toContain("  stage: integer from 1 to 3");
    expect(diagnosticsOf(after)).toEqual(before());
  });
});
