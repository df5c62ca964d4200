import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const repo = join(here, "..", "..");
const flagship = join(repo, "policies/heilongjiang/biomanufacturing-2026.subsidia");
const ruleText = readFileSync(
  join(repo, "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia"),
  "utf8",
);

const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
};

interface Published {
  uri: string;
  diagnostics: { code: string; message: string }[];
}

/**
 * Opens a document in the bundled server (node dist/server.cjs --stdio, as the client starts it),
 * waits for the diagnostics it publishes for it, then shuts the server down.
 */
async function openInBundledServer(file: string, text: string): Promise<Published> {
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [join(here, "dist/server.cjs"), "--stdio"], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((done) => child.once("exit", done));
  const published = new Promise<Published>((done, fail) => {
    let buffer = Buffer.alloc(0);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer.toString("latin1"));
        const length = head ? Number(head[1]) : -1;
        if (!head || buffer.length < head[0].length + length) return;
        const message = JSON.parse(buffer.subarray(head[0].length, head[0].length + length).toString("utf8"));
        buffer = buffer.subarray(head[0].length + length);
        if (message.method === "textDocument/publishDiagnostics" && message.params.uri === uri) done(message.params);
      }
    });
    void exited.then((code) => fail(new Error(`the server exited (${code}) before publishing`)));
  });
  child.stdin.write(
    frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }) +
      frame({ method: "initialized", params: {} }) +
      frame({
        method: "textDocument/didOpen",
        params: { textDocument: { uri, languageId: "subsidia", version: 1, text } },
      }),
  );
  try {
    return await published;
  } finally {
    child.stdin.end(frame({ id: 2, method: "shutdown" }) + frame({ method: "exit" }));
    expect(await exited).toBe(0);
  }
}

let dir: string;
beforeAll(() => {
  execFileSync("npm", ["run", "build"], { cwd: here, stdio: "pipe" });
  dir = mkdtempSync(join(tmpdir(), "subsidia-vscode-library-"));
  mkdirSync(join(dir, "rules"));
  copyFileSync(flagship, join(dir, "flagship.subsidia"));
  writeFileSync(join(dir, "library.json"), '{ "levels": { "hlj-biomanufacturing-2026": "provincial" } }');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bundled server reads the library of a document, as `subsidia lsp` does", () => {
  it("checks an implementing rule against the policy it names: no R013, the gaps of its window (R009)", async () => {
    const file = join(dir, "rules", "rule.subsidia");
    writeFileSync(file, ruleText);
    const published = await openInBundledServer(file, ruleText);
    const codes = published.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("R013");
    expect(codes).toEqual(["R009", "R009"]);
  });

  it("reports, in an unsaved rule, a fill of a parameter the policy does not have (a library-level check)", async () => {
    const file = join(dir, "rules", "unsaved.subsidia");
    const text = ruleText
      .replace("FICTIONAL-hlj-kjt-rd-subsidy-rates", "FICTIONAL-unsaved")
      .replace("param rdStockRate", "param rdStockRat");
    const published = await openInBundledServer(file, text);
    const r002 = published.diagnostics.find((d) => d.code === "R002");
    expect(r002?.message).toContain("has no parameter `rdStockRat`");
  });

  it("reads a file's own folder when no `library.json` is above it: a rule whose policy is not there", async () => {
    const alone = mkdtempSync(join(tmpdir(), "subsidia-vscode-alone-"));
    try {
      const file = join(alone, "rule.subsidia");
      writeFileSync(file, ruleText);
      const published = await openInBundledServer(file, ruleText);
      expect(published.diagnostics.map((d) => d.code)).toEqual(["R001"]);
      expect(published.diagnostics[0]?.message).toContain("`hlj-biomanufacturing-2026`");
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
