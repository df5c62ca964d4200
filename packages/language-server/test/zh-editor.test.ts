import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeLensRequest,
  HoverRequest,
  type CodeLens,
  type Hover,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { FLAGSHIP, flagshipText, positionOf, startClient, type Client } from "./lsp-client.js";

let client: Client;
beforeAll(async () => {
  client = await startClient(["--import", "tsx", fileURLToPath(new URL("./serve.ts", import.meta.url))], true, {
    locale: "zh-cn",
  });
  expect((await client.open(FLAGSHIP, flagshipText)).diagnostics).toEqual([]);
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const hoverText = async (needle: string, delta = 0) => {
  const at = { textDocument: { uri: FLAGSHIP }, position: positionOf(flagshipText, needle, delta) };
  const hover = (await client.connection.sendRequest(HoverRequest.type, at)) as Hover | null;
  return (hover?.contents as MarkupContent | undefined)?.value ?? "";
};

/** The words of a hover or lens in English: outside code in backticks, quoted law text and the policy's own names. */
const englishIn = (text: string) =>
  text
    .replace(/`[^`]*`/g, "")
    .replace(/^> .*$/gm, "")
    .match(/[A-Za-z]{2,}/g) ?? [];

describe("a `zh-cn` editor: hovers and code lenses in 简体中文", () => {
  it("hovers a fact, a parameter's reader, an article, a clause and an expression in Chinese", async () => {
    const fact = await hoverText("p.totalInvestment", 3);
    expect(fact).toContain("**`pilotPlatforms` 的字段** `totalInvestment`：金额（元）（可选）");
    const article = await hoverText('article 4 "支持中试熟化平台建设"', 2);
    expect(article).toContain("**第4条** 支持中试熟化平台建设");
    expect(article).toContain("责任单位：省发展改革委、省科技厅、省工业和信息化厅、省财政厅");
    const clause = await hoverText("expect award platformConstruction", 14);
    expect(clause).toContain("**条款** `platformConstruction` 建设补助——第4条 支持中试熟化平台建设");
    const expr = await hoverText("rdInvestment.current - rdInvestment.previous", 21);
    expect(expr).toBe("`rdInvestment.current - rdInvestment.previous`：金额（元）");
    for (const text of [fact, article, clause, expr]) expect(englishIn(text), text).toEqual([]);
  });

  it("titles the code lenses in Chinese: run, the test's result and what each clause pays in the first test", async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri: FLAGSHIP },
    })) as CodeLens[];
    const titles = lenses.map((l) => l.command?.title ?? "");
    expect(titles).toContain("▶ 运行");
    expect(titles).toContain("✓ 通过");
    expect(titles.some((t) => t.startsWith("第一个测试："))).toBe(true);
    for (const title of titles) expect(englishIn(title), title).toEqual([]);
  });
});
