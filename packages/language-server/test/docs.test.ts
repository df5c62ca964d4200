import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, type Client } from "./lsp-client.js";
import { ask, DEMO, demoPolicy, editorDoc, transcriptsIn } from "./transcripts.js";

const doc = readFileSync(editorDoc, "utf8");
/** Hovers give a parameter's value today: the page shows the day it was written. */
const undated = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/value on \d{4}-\d{2}-\d{2}/g, "value on …"));

let client: Client;
beforeAll(async () => {
  client = await startClient();
  await client.open(DEMO, demoPolicy());
});
afterAll(async () => {
  await client.stop();
});

describe("docs/editor.md", () => {
  const transcripts = transcriptsIn(doc);

  it("has a transcript of each feature", () => {
    const methods = new Set(transcripts.map((t) => t.method));
    for (const m of [
      "hover",
      "definition",
      "references",
      "rename",
      "completion",
      "formatting",
      "documentSymbol",
      "foldingRange",
      "codeLens",
      "inlayHint",
      "executeCommand",
      "didChange",
    ]) {
      expect([...methods].some((x) => x.endsWith(`/${m}`))).toBe(true);
    }
  });

  it("decodes the semantic tokens of the clause `construction` as shown (before the transcripts edit it)", async () => {
    const shown = /<!-- editor-semantic-tokens -->\n```text\n([\s\S]*?)\n```/.exec(doc)?.[1]?.split("\n");
    const text = demoPolicy();
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.includes("clause construction"));
    const last = lines.findIndex((l) => l.includes("cap maxAward"));
    const { data } = (await ask(client, "textDocument/semanticTokens/full", { textDocument: { uri: DEMO } })) as {
      data: number[];
    };
    const { tokenTypes, tokenModifiers } = client.initialized.capabilities.semanticTokensProvider!.legend;
    const decoded: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      const [dLine, dChar, length, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += dLine;
      char = dLine === 0 ? char + dChar : dChar;
      if (line < first || line > last) continue;
      const modifiers = tokenModifiers.filter((_, k) => (mods >> k) & 1);
      const what = `${tokenTypes[type]}${modifiers.length > 0 ? ` (${modifiers.join(", ")})` : ""}`;
      decoded.push(`${lines[line]!.slice(char, char + length)} → ${what}`);
    }
    expect(decoded).toEqual(shown);
  });

  it.each(transcripts.map((t, i) => [i, t.method, t] as const))(
    "transcript %i (%s) is what the server answers",
    async (_, __, t) => {
      expect(undated(await ask(client, t.method, t.params))).toEqual(undated(t.result));
    },
  );

  it("gives Neovim and Helix the command that starts the server, as the CLI names it", () => {
    expect(doc).toContain('cmd = { "subsidia", "lsp", "--stdio" }');
    expect(doc).toContain('command = "subsidia"\nargs = ["lsp", "--stdio"]');
    const program = readFileSync(new URL("../../../apps/cli/src/commands/lsp.ts", import.meta.url), "utf8");
    expect(program).toContain('.command("lsp")');
    expect(program).toContain('.option("--stdio"');
    const ext = JSON.parse(readFileSync(new URL("../../../apps/vscode/package.json", import.meta.url), "utf8"));
    expect(Object.keys(ext.contributes.configuration.properties)).toContain("subsidia.server.command");
  });
});
