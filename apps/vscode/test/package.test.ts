import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const vsix = `${here}dist/subsidia.vsix`;
const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
};

describe("the extension's package", () => {
  it("is bundled and packaged into a .vsix by vsce, with its grammar and a server that answers", () => {
    rmSync(vsix, { force: true });
    execFileSync("npm", ["run", "package"], { cwd: here, stdio: "pipe" });
    expect(existsSync(vsix)).toBe(true);
    const files = execFileSync("unzip", ["-Z1", vsix], { encoding: "utf8" }).split("\n");
    expect(files).toEqual(
      expect.arrayContaining([
        "extension/package.json",
        "extension/dist/extension.cjs",
        "extension/dist/server.cjs",
        "extension/syntaxes/subsidia.tmLanguage.json",
        "extension/language-configuration.json",
      ]),
    );
    expect(files.some((f) => f.includes("node_modules"))).toBe(false);

    // the bundled server, alone (as the client starts it: node dist/server.cjs --stdio)
    const input = [
      frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }),
      frame({ method: "initialized", params: {} }),
      frame({ id: 2, method: "shutdown" }),
      frame({ method: "exit" }),
    ].join("");
    const r = spawnSync(process.execPath, [`${here}dist/server.cjs`, "--stdio"], { input, encoding: "utf8" });
    expect(r.stdout).toContain('"serverInfo":{"name":"subsidia-language-server"');
    expect(r.status).toBe(0);
  });
});
