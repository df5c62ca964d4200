import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
};

describe("subsidia lsp", () => {
  it("speaks the language server protocol on standard input and output, and exits when asked", () => {
    const input = [
      frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }),
      frame({ method: "initialized", params: {} }),
      frame({ id: 2, method: "shutdown" }),
      frame({ method: "exit" }),
    ].join("");
    const r = cli(["lsp", "--stdio"], input);
    expect(r.stdout).toContain('"serverInfo":{"name":"subsidia-language-server"');
    // 0: `exit` came after `shutdown` (the server exits with 1 otherwise)
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});
