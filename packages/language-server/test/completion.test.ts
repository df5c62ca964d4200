import { keywords } from "@subsidia/syntax";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionItemKind, CompletionRequest, type CompletionItem } from "vscode-languageserver-protocol/node";
import { type Client, positionOf, startClient } from "./lsp-client.js";

/** A policy with an empty line in a clause, in an article and between items, and an amendment. */
const policy = `policy "demo" {
  title "演示"
}

input amount: money "金额"

article 1 "支持" {
  text "给予补助。"

  clause support "补助" {
    award 10% of amount

  }
}

`;
const amendment = `amendment "later" amends "demo" {
  title "调整"
  issued 2027-01-01
  valid from 2027-01-01 to 2028-12-31
}

`;

let client: Client;
beforeAll(async () => {
  client = await startClient();
  await client.open("file:///demo.subsidia", policy);
  await client.open("file:///later.subsidia", amendment);
});
afterAll(async () => {
  await client.stop();
});

async function keywordsAt(uri: string, text: string, needle: string, delta: number): Promise<string[]> {
  const r = await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: positionOf(text, needle, delta),
  });
  const items: CompletionItem[] = Array.isArray(r) ? r : (r?.items ?? []);
  return items.filter((i) => i.kind === CompletionItemKind.Keyword).map((i) => i.label);
}

const known = new Set<string>(keywords);

describe("completion of the entries a block takes", () => {
  it("offers every entry of a clause, of an article and of a file, each made of keywords", async () => {
    const clause = await keywordsAt("file:///demo.subsidia", policy, "amount\n\n  }", 8);
    expect(clause).toEqual(
      expect.arrayContaining(["when", "award up to", "once", "less received", "pay", "select top", "one per", "if"]),
    );
    const article = await keywordsAt("file:///demo.subsidia", policy, '给予补助。"\n\n', 7);
    expect(article).toEqual(expect.arrayContaining(["clause", "exclusive", "budget", "rule"]));
    const top = await keywordsAt("file:///demo.subsidia", policy, "  }\n}\n\n", 7);
    expect(top).toEqual(["input", "param", "article", "test", "uses"]);
    const amended = await keywordsAt("file:///later.subsidia", amendment, "31\n}\n\n", 5);
    expect(amended).toEqual(expect.arrayContaining(["new article", "new param", "remove clause"]));
    for (const label of [...clause, ...article, ...top, ...amended]) {
      for (const word of label.split(" ")) expect(known, `\`${word}\` of \`${label}\``).toContain(word);
    }
  });
});
