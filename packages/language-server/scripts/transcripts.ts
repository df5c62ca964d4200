/**
 * Prints the transcripts for docs/editor.md: each request of `REQUESTS` sent to a
 * server with the demo policy of that page open, and the answer, in the format the
 * docs test replays. Paste the output over the page's transcripts when they change.
 *
 *   node --conditions=source --import tsx packages/language-server/scripts/transcripts.ts
 */
import { startClient } from "../test/lsp-client.js";
import { ask, DEMO, demoPolicy } from "../test/transcripts.js";

const text = demoPolicy();
const pos = (needle: string, delta = 0) => {
  const before = text.slice(0, text.indexOf(needle) + delta).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
};
const doc = { uri: DEMO };
const REQUESTS: [string, Record<string, unknown>][] = [
  ["textDocument/hover", { textDocument: doc, position: pos("p.investment", 3) }],
  ["textDocument/hover", { textDocument: doc, position: pos("cap maxAward", 5) }],
  ["textDocument/hover", { textDocument: doc, position: pos('"支持平台"', 1) }],
  ["textDocument/hover", { textDocument: doc, position: pos("30% of", 4) }],
  ["textDocument/definition", { textDocument: doc, position: pos("p.investment", 3) }],
  [
    "textDocument/references",
    { textDocument: doc, position: pos("clause construction", 8), context: { includeDeclaration: true } },
  ],
  ["textDocument/rename", { textDocument: doc, position: pos("input platforms", 7), newName: "pilotPlatforms" }],
  ["textDocument/completion", { textDocument: doc, position: pos("p.investment", 2) }],
  ["textDocument/formatting", { textDocument: doc, options: { tabSize: 2, insertSpaces: true } }],
  ["textDocument/documentSymbol", { textDocument: doc }],
  ["textDocument/foldingRange", { textDocument: doc }],
  ["textDocument/codeLens", { textDocument: doc }],
  ["textDocument/inlayHint", { textDocument: doc, range: { start: { line: 0, character: 0 }, end: pos("test") } }],
  ["workspace/executeCommand", { command: "subsidia.runTest", arguments: [DEMO, 0] }],
  [
    "textDocument/didChange",
    {
      textDocument: { uri: DEMO, version: 2 },
      contentChanges: [{ range: { start: pos("p.investment", 2), end: pos("p.investment", 12) }, text: "investmnt" }],
    },
  ],
];

const client = await startClient();
await client.open(DEMO, text);
for (const [method, params] of REQUESTS) {
  const result = await ask(client, method, params);
  console.log(`\`\`\`text\n→ ${method} ${JSON.stringify(params)}\n← ${JSON.stringify(result, null, 2)}\n\`\`\`\n`);
}
await client.stop();
