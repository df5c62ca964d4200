import { execFile, spawn } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  applicant,
  cliCommand,
  type Loose,
  logLines,
  post,
  repo,
  start,
  tempDir,
  type TestService,
} from "./helpers.js";

/**
 * docs/service.md: every `console` block, in order, against a live server, which serves the library
 * "Running it" makes. Commands run in a folder that holds that library, the server's `decisions.jsonl`,
 * and links to `examples/` and `policies/`;
 * `npx subsidia` is the CLI (`cliCommand`); hashes are shortened to `sha256:…`.
 */
const page = readFileSync(join(repo, "docs/service.md"), "utf8");

function examples(markdown: string): { command: string; output: string }[] {
  const out: { command: string; output: string }[] = [];
  for (const block of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const part of block[1]!.split(/^\$ /m).slice(1)) {
      const [command, ...output] = part.split("\n");
      out.push({ command: command!, output: output.join("\n") });
    }
  }
  return out;
}

/** "Running it": the command that makes the page's library, the command that serves it, the lines it prints. */
const running = (() => {
  const block = /^## Running it\n\n```sh\n([\s\S]*?)^```$/m.exec(page)?.[1] ?? "";
  const [setup, serve, ...printed] = block.trimEnd().split("\n");
  return { setup: setup!, serve: serve!, printed: printed.map((l) => l.replace(/^# /, "")) };
})();

let s: TestService;
let cwd: string;
beforeAll(async () => {
  cwd = tempDir();
  symlinkSync(join(repo, "examples"), join(cwd, "examples"));
  symlinkSync(join(repo, "policies"), join(cwd, "policies"));
  await promisify(execFile)("bash", ["-c", `set -e; ${running.setup}`], { cwd });
  const policies = /--policies (\S+)/.exec(running.serve)![1]!;
  s = await start({ policies: join(cwd, policies), decisionLog: join(cwd, "decisions.jsonl") });
});
afterAll(() => s.close());

const shorten = (text: string) => text.replace(/sha256:[0-9a-f]{64}/g, "sha256:…");

describe("docs/service.md", () => {
  test("the command that starts the service prints what the page shows", async () => {
    expect(running.serve).toMatch(/^npx subsidia serve /);
    // on any free port, and with a log of its own: the page's `decisions.jsonl` is the one the examples use
    const args = running.serve
      .split(" ")
      .slice(2)
      .map((a) => (a === "8080" ? "0" : a));
    const child = spawn(process.execPath, [...cliCommand, ...args.map((a) => a.replace("decisions", "started"))], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
        if (/listening on \S+\n/.test(stderr)) resolve();
      });
      void exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${stderr}`)));
    });
    const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)![1]!;
    // it answers, then stops when told to
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const shown = stderr.replaceAll("started.jsonl", "decisions.jsonl").replace(`:${port}`, ":8080");
    expect(shown.split("\n").slice(0, running.printed.length)).toEqual(running.printed);
  });

  const found = examples(page);
  test("has examples of every endpoint", () => {
    for (const route of [
      "/v1/policies ",
      "/v1/policies/hlj",
      "/evaluate",
      "/v1/match",
      "/openapi.json",
      "/healthz",
      "/metrics",
    ])
      expect(found.some((e) => e.command.includes(route))).toBe(true);
  });
  test.each(found.map((e, i) => [i + 1, e.command.slice(0, 70), e] as const))("example %i: %s", async (_i, _c, e) => {
    const cli = cliCommand.map((a) => `'${a}'`).join(" ");
    const prelude = `set -o pipefail; npx() { shift; node ${cli} "$@"; }`;
    const command = e.command.replaceAll("http://127.0.0.1:8080", s.url);
    // asynchronously: the server answers from this process
    const run = promisify(execFile)("bash", ["-c", `${prelude}\n${command}`], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    // verify-log and replay exit 1 on a finding: their output is still what the page shows
    const stdout = await run.then(
      (r) => r.stdout,
      (err: { stdout: string }) => err.stdout,
    );
    expect(shorten(stdout)).toBe(e.output);
  });
});

describe("docs/service.md: the decision log's format", () => {
  const blocks = [...page.matchAll(/^ *```jsonc\n([\s\S]*?)^ *```$/gm)].map((m) => m[1]!);
  const keys = (block: string, indent: number) =>
    [...block.matchAll(new RegExp(`^ {${indent}}"(\\w+)":`, "gm"))].map((m) => m[1]);

  test("a line has the fields shown, in that order, and the engine shown", async () => {
    const r = await post(`${s.url}/v1/policies/hlj-biomanufacturing-2026/evaluate`, applicant);
    expect(r.status).toBe(200);
    const line = logLines(s.log).at(-1);
    const [block] = blocks;
    expect(keys(block!, 2)).toEqual(Object.keys(line));
    expect(keys(block!, 4)).toEqual(Object.keys(line.policies[0]));
    const engine = /^ {2}"engine": (\{.*\}),/m.exec(block!)?.[1];
    expect(JSON.parse(engine!)).toEqual(line.engine);
  });

  test("the implementing rules shown are what a match with the flagship's rule records", async () => {
    const facts = { applicationDate: "2026-06-30", rdInvestment: { current: "800000", previous: "600000" } };
    expect((await post(`${s.url}/v1/match`, JSON.stringify(facts))).status).toBe(200);
    const line = logLines(s.log).at(-1);
    const recorded = line.policies.find((p: Loose) => p.id === "hlj-biomanufacturing-2026").implementing_rules;
    const shown = JSON.parse(`{${blocks[1]!}}`).implementing_rules;
    expect(JSON.parse(shorten(JSON.stringify(recorded)))).toEqual([shown[0]]);
    expect(Object.keys(shown[1])).toEqual([...Object.keys(recorded[0]), "clauses"]);
  });
});
