import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Location,
  type MarkupContent,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { FLAGSHIP, flagshipText, positionOf, startClient, type Client } from "./lsp-client.js";

let client: Client;
beforeAll(async () => {
  client = await startClient();
  const published = await client.open(FLAGSHIP, flagshipText);
  expect(published.diagnostics).toEqual([]);
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const doc = { uri: FLAGSHIP };
const at = (needle: string, delta = 0, n = 0) => ({
  textDocument: doc,
  position: positionOf(flagshipText, needle, delta, n),
});
const hoverText = async (needle: string, delta = 0, n = 0) =>
  ((await client.connection.sendRequest(HoverRequest.type, at(needle, delta, n))) as Hover | null)?.contents as
    | MarkupContent
    | undefined;
const labels = (r: CompletionItem[] | CompletionList | null) =>
  (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);

describe("the language server over stdio", () => {
  it("announces its features, with positions in UTF-16 code units", () => {
    const c = client.initialized.capabilities;
    expect(c.positionEncoding).toBe("utf-16");
    expect(c).toMatchObject({ hoverProvider: true, definitionProvider: true, referencesProvider: true });
    expect(c.semanticTokensProvider?.legend.tokenTypes).toContain("property");
  });

  it("hovers a fact: its type, unit and description", async () => {
    const h = await hoverText("p.totalInvestment", 3);
    expect(h?.value).toContain("**field of `pilotPlatforms`** `totalInvestment`: optional money (元, yuan)");
    expect(h?.value).toContain("总投资额");
  });

  it("hovers a pending parameter: why it is pending, and the clause that reads it with its cited text", async () => {
    const h = await hoverText("rdStockRate *");
    expect(h?.value).toContain("**pending** on");
    expect(h?.value).toContain("研发投入存量部分的补助比例由实施细则确定");
    expect(h?.value).toContain("read by art. 3 `rdSubsidy`");
    expect(h?.value).toContain("> 对研发投入50万元以上且符合条件的");
  });

  it("hovers an article and a clause: cited text and 责任单位", async () => {
    const article = await hoverText('article 4 "支持中试熟化平台建设"', 2);
    expect(article?.value).toContain("**article 4** 支持中试熟化平台建设");
    expect(article?.value).toContain("> 对符合条件的生物制造领域概念验证中心");
    expect(article?.value).toContain("责任单位: 省发展改革委、省科技厅、省工业和信息化厅、省财政厅");
    const clause = await hoverText("expect award platformConstruction", 14);
    expect(clause?.value).toContain("**clause** `platformConstruction` 建设补助 — article 4 支持中试熟化平台建设");
    expect(clause?.value).toContain("> 根据绩效评价结果，按照总投资额的30%最高给予1000万元补助");
  });

  it("hovers an expression with its type and unit, and a money literal in yuan", async () => {
    const expr = await hoverText("rdInvestment.current - rdInvestment.previous", 21);
    expect(expr?.value).toBe("`rdInvestment.current - rdInvestment.previous`: money (元, yuan)");
    const money = await hoverText("cap 5000万元", 5);
    expect(money?.value).toBe("`5000万元` = 50,000,000.00 元");
  });

  it("goes to the definition of a field used in a clause", async () => {
    const def = (await client.connection.sendRequest(DefinitionRequest.type, at("c.actualPayment >=", 3))) as Location;
    expect(def.range.start).toEqual(positionOf(flagshipText, "actualPayment: money"));
  });

  it("finds the references of a clause: its declaration and the tests that expect it", async () => {
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      ...at("clause techTransaction", 8),
      context: { includeDeclaration: true },
    })) as Location[];
    const lines = refs.map((r) => r.range.start.line);
    expect(lines[0]).toBe(positionOf(flagshipText, "clause techTransaction").line);
    expect(refs).toHaveLength(1 + (flagshipText.match(/award techTransaction /g) ?? []).length);
  });

  it("renames an input everywhere: declaration, clauses, tests' facts and `expect invalid` paths", async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, at("input projects", 7));
    expect(prepared).toMatchObject({ placeholder: "projects" });
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      ...at("input projects", 7),
      newName: "constructionProjects",
    })) as WorkspaceEdit;
    const edits = edit.changes?.[FLAGSHIP] ?? [];
    const lines = new Set(edits.map((e) => flagshipText.split("\n")[e.range.start.line]!.trim()));
    // every `projects` but the one in a test's name ("… non-high-tech projects pay nothing")
    const inNames = flagshipText.split("\n").filter((l) => l.startsWith('test "') && /\bprojects\b/.test(l)).length;
    expect(edits.length).toBe((flagshipText.match(/\bprojects\b/g) ?? []).length - inNames);
    expect(inNames).toBe(1);
    expect([...lines]).toContain('expect invalid "projects[0].fixedAssetInvestment"');
    expect([...lines]).toContain('expect invalid "projects[0].construction"');
    expect([...lines].some((l) => l.startsWith("clause projectConstruction"))).toBe(true);
  });

  it("refuses a rename to a keyword or a name already taken", async () => {
    await expect(
      client.connection.sendRequest(RenameRequest.type, { ...at("input projects", 7), newName: "article" }),
    ).rejects.toThrow("`article` is a keyword");
    await expect(
      client.connection.sendRequest(RenameRequest.type, { ...at("input projects", 7), newName: "techContracts" }),
    ).rejects.toThrow("already an input");
  });

  it("completes the fields of an item after `c.`, an enum's values, names in scope", async () => {
    const fields = await client.connection.sendRequest(CompletionRequest.type, at("c.landedInProvince", 2));
    expect(labels(fields)).toEqual(["id", "type", "seller", "actualPayment", "landedInProvince"]);
    const values = await client.connection.sendRequest(CompletionRequest.type, at('p.construction = "new"', 18));
    expect(labels(values)).toEqual(["new", "renovation", "expansion", "technical-transformation"]);
    const names = await client.connection.sendRequest(CompletionRequest.type, at("when p.highTech"));
    expect(labels(names)).toEqual(expect.arrayContaining(["p", "projects", "rdStockRate", "when", "award", "and"]));
  });

  it("formats with the existing formatter (the flagship is already formatted)", async () => {
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: doc,
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([]);
  });

  it("outlines articles and their clauses, and folds blocks", async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: doc })) as {
      name: string;
      detail?: string;
      children?: { name: string }[];
    }[];
    const art4 = symbols.find((s) => s.name === "article 4");
    expect(art4?.detail).toBe("支持中试熟化平台建设");
    expect(art4?.children?.map((c) => c.name)).toEqual(["platformConstruction", "platformOperation"]);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: doc });
    expect(folds).toContainEqual({
      startLine: positionOf(flagshipText, "article 4 ").line,
      endLine: positionOf(flagshipText, "article 5 ").line - 3,
    });
    // one fold per line: an input and its record start on the same line
    const starts = (folds ?? []).map((f) => f.startLine);
    expect(new Set(starts).size).toBe(starts.length);
    const input = flagshipText.indexOf("input pilotPlatforms");
    const closing = flagshipText.slice(0, flagshipText.indexOf("\n}", input) + 1).split("\n").length - 1;
    expect(folds).toContainEqual({
      startLine: positionOf(flagshipText, "input pilotPlatforms").line,
      endLine: closing - 1,
    });
  });

  it("colours names by what they stand for (semantic tokens)", async () => {
    const tokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: doc }))!;
    const legend = client.initialized.capabilities.semanticTokensProvider!.legend.tokenTypes;
    // decode: the token at `p.totalInvestment` in art. 4 is a property (a field)
    const want = positionOf(flagshipText, "when p.totalInvestment", 7);
    let line = 0;
    let char = 0;
    const found: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1]! : tokens.data[i + 1]!;
      if (line === want.line && char === want.character) found.push(legend[tokens.data[i + 3]!]!);
    }
    expect(found).toEqual(["property"]);
  });

  it("shows each test's result and each clause's amount for the first test's facts (code lenses)", async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: doc });
    const titles = (lenses ?? []).map((l) => l.command?.title);
    expect(titles.filter((t) => t === "▶ run")).toHaveLength((flagshipText.match(/\ntest "/g) ?? []).length);
    expect(titles.filter((t) => t === "✓ passes")).toHaveLength((flagshipText.match(/\ntest "/g) ?? []).length);
    expect(titles).toContain("first test: 200万元");
    const run = await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: "subsidia.runTest",
      arguments: [FLAGSHIP, 0],
    });
    expect(run).toMatchObject({ name: "validity: the first day of the window is in force", passed: true });
    expect(client.messages.at(-1)?.message).toBe('✓ test "validity: the first day of the window is in force" passes');
  });

  it("hints money in 万 and 亿 as yuan", async () => {
    const at = positionOf(flagshipText, "cap 1000万元");
    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: doc,
      range: { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } },
    });
    expect(hints?.map((h) => h.label)).toEqual(["= 10,000,000.00 元"]);
  });
});
