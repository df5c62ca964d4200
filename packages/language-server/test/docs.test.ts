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
      "codeLens",
      "didChange",
    ]) {
      expect([...methods].some((x) => x.endsWith(`/${m}`))).toBe(true);
    }
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
