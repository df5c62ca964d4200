import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { applicant, cli, cliCommand, copyLibrary, logLines, post, request, tempDir } from "./helpers.js";

/** `subsidia serve ARGS` in `cwd` with `env`, until it listens; then SIGTERM. Resolves with what it printed. */
async function serveOnce(args: string[], env: Record<string, string>, use: (url: string) => Promise<void>) {
  const cwd = tempDir();
  const child = spawn(process.execPath, [...cliCommand, "serve", "--port", "0", "--no-watch", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
      const m = /listening on (http:\/\/\S+)\n/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${stderr}`)));
  });
  try {
    await use(url);
  } finally {
    child.kill("SIGTERM");
  }
  return { code: await exited, stdout, stderr, cwd };
}

describe("`subsidia serve` flags", () => {
  test.each([
    [["--port", "99999"], "error: --port: expected a port from 0 to 65535, got `99999`\n"],
    [["--port", "80a"], "error: --port: expected a port from 0 to 65535, got `80a`\n"],
    [["--body-limit", "1gb"], "error: --body-limit: expected a size such as `1mb`, `256kb` or `65536`, got `1gb`\n"],
    [["--body-limit", "0"], "error: --body-limit: expected a size such as `1mb`, `256kb` or `65536`, got `0`\n"],
  ])("%j is wrong usage: exit 2, nothing on stdout", (args, message) => {
    const r = cli(["serve", "--no-decision-log", ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(message);
  });

  test("a policy with errors stops the start with its diagnostics: exit 1", () => {
    const library = copyLibrary();
    writeFileSync(join(library, "broken.subsidia"), 'policy "broken" {\n  title "x"\n');
    const r = cli(["serve", "--port", "0", "--no-decision-log", "--policies", library]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(`^error: cannot serve \`${library}\`:\\nbroken\\.subsidia: .*broken\\.subsidia:\\d+:\\d+`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a port already taken is a clear error: exit 1", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const r = cli(["serve", "--port", String(port), "--no-decision-log", "--policies", copyLibrary()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`error: cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`);
    } finally {
      taken.close();
    }
  });

  test("SUBSIDIA_DECISION_LOG names the log when --decision-log is not given", async () => {
    const log = join(tempDir(), "from-env.jsonl");
    const r = await serveOnce(["--policies", copyLibrary()], { SUBSIDIA_DECISION_LOG: log }, async (url) => {
      expect((await post(`${url}/v1/policies/hlj-biomanufacturing-2026/evaluate`, applicant)).status).toBe(200);
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^subsidia serve: 2 policies from .*; decision log .*from-env\.jsonl\n/);
    expect(logLines(log)).toHaveLength(1);
  });

  test("--no-decision-log answers without recording, and says so at start and in /healthz", async () => {
    const r = await serveOnce(["--policies", copyLibrary(), "--no-decision-log"], {}, async (url) => {
      expect((await post(`${url}/v1/policies/hlj-biomanufacturing-2026/evaluate`, applicant)).status).toBe(200);
      expect((await request(`${url}/healthz`)).json().decisionLog).toBeNull();
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^subsidia serve: 2 policies from .*; no decision log \(--no-decision-log\)\n/);
    expect(existsSync(join(r.cwd, "decisions.jsonl"))).toBe(false);
  });
});
