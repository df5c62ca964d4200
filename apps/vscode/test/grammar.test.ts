import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadWASM, OnigScanner, OnigString } from "vscode-oniguruma";
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from "vscode-textmate";
import { grammar } from "../scripts/grammar.js";

const committed = readFileSync(new URL("../syntaxes/subsidia.tmLanguage.json", import.meta.url), "utf8");

async function load(): Promise<IGrammar> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve("vscode-oniguruma/release/onig.wasm"));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async () => parseRawGrammar(committed, "subsidia.tmLanguage.json"),
  });
  const g = await registry.loadGrammar("source.subsidia");
  if (!g) throw new Error("the grammar did not load");
  return g;
}

/** `text → innermost scope` for each run of a line in one scope, whitespace left out. */
function scopes(g: IGrammar, line: string): string[] {
  const runs: [string, string][] = [];
  for (const t of g.tokenizeLine(line, INITIAL).tokens) {
    const text = line.slice(t.startIndex, t.endIndex);
    const scope = t.scopes.at(-1)!.replace(/\.subsidia$/, "");
    const last = runs.at(-1);
    if (last && last[1] === scope && text.trim() !== "" && last[0].trim() !== "") last[0] += text;
    else runs.push([text, scope]);
  }
  return runs.filter(([text]) => text.trim() !== "").map(([text, scope]) => `${text.trim()} → ${scope}`);
}

describe("the TextMate grammar", () => {
  it("is the one the token table of @subsidia/syntax gives (npm run grammar -w subsidia-vscode)", () => {
    expect(committed).toBe(`${JSON.stringify(grammar(), null, 2)}\n`);
  });

  it("colours a clause's lines as the lexer reads them", async () => {
    const g = await load();
    expect(scopes(g, '  clause techTransaction "技术交易资助" for each c in techContracts {')).toEqual([
      "clause → keyword.control",
      "techTransaction → variable.other",
      '"技术交易资助" → string.quoted.double',
      "for → keyword.control",
      "each → keyword.control",
      "c → variable.other",
      "in → keyword.operator.word",
      "techContracts → variable.other",
      "{ → source",
    ]);
    expect(scopes(g, "    when c.actualPayment >= 100万元 and not c.landedInProvince")).toEqual([
      "when → keyword.control",
      "c → variable.other",
      ". → source",
      "actualPayment → variable.other",
      ">= → keyword.operator",
      "100万元 → constant.numeric.money",
      "and → keyword.operator.word",
      "not → keyword.operator.word",
      "c → variable.other",
      ". → source",
      "landedInProvince → variable.other",
    ]);
    expect(scopes(g, "  award 30% of p.totalInvestment // 按照总投资额的30%")).toEqual([
      "award → keyword.control",
      "30% → constant.numeric",
      "of → keyword.operator.word",
      "p → variable.other",
      ". → source",
      "totalInvestment → variable.other",
      "// 按照总投资额的30% → comment.line.double-slash",
    ]);
    expect(scopes(g, 'input applicationDate: optional date "申请\\"日期" valid from 2026-02-13')).toContain(
      "2026-02-13 → constant.numeric.date",
    );
    expect(scopes(g, 'input applicationDate: optional date "申请\\"日期"')).toEqual([
      "input → keyword.control",
      "applicationDate → variable.other",
      ": → source",
      "optional → keyword.control",
      "date → storage.type",
      '"申请 → string.quoted.double',
      '\\" → constant.character.escape',
      '日期" → string.quoted.double',
    ]);
  });
});
