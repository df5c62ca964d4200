import { spawn, spawnSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startService, type RunningService, type ServiceOptions } from "../src/index.js";

export const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const flagshipId = "hlj-biomanufacturing-2026";
export const flagshipFile = "heilongjiang/biomanufacturing-2026.subsidia";
export const applicant = readFileSync(join(repo, "examples/applicant.json"), "utf8");
/**
 * The arguments to `node` that run the CLI: its bundle when fresh, else its sources through tsx (`cliCommand` of
 * apps/cli/test/run-cli.ts, which the CLI's tests use; imported by address, outside this package's sources).
 */
export const cliCommand = (
  (await import(new URL("../../cli/test/run-cli.ts", import.meta.url).href)) as { cliCommand: string[] }
).cliCommand;

export const tempDir = () => mkdtempSync(join(tmpdir(), "subsidia-server-"));

/**
 * The library the tests serve: the flagship and the demo policy of policies/ and its levels, copied to a fresh
 * folder, so that the answers the tests pin do not change when policies are added to policies/.
 */
export function copyLibrary(): string {
  const dir = join(tempDir(), "policies");
  for (const sub of ["examples", "heilongjiang", "library.json"])
    cpSync(join(repo, "policies", sub), join(dir, sub), { recursive: true });
  return dir;
}
const served = copyLibrary();

export interface TestService extends RunningService {
  log: string;
  reports: string[];
}

/** Starts the service in this process on a random port, with a JSONL log in a fresh folder unless told otherwise. */
export async function start(options: Partial<ServiceOptions> = {}): Promise<TestService> {
  const reports: string[] = [];
  const log = join(tempDir(), "decisions.jsonl");
  const s = await startService({
    policies: served,
    port: 0,
    decisionLog: log,
    watch: false,
    report: (line) => reports.push(line),
    ...options,
  });
  return Object.assign(s, { log: typeof options.decisionLog === "string" ? options.decisionLog : log, reports });
}

/** JSON as the tests read it, any property at any depth: the assertions check what is there. */
// biome-ignore lint/suspicious/noExplicitAny: decisions and answers read from JSON text
export type Loose = any;

export interface Answer {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
  json: () => Loose;
}

/**
 * One request on a connection of its own: a kept-alive connection that the server closes after
 * its idle timeout, while a slow test was busy elsewhere, would fail the next request (ECONNRESET).
 */
export function request(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const headers = {
      ...init.headers,
      ...(init.body !== undefined ? { "content-length": String(Buffer.byteLength(init.body)) } : {}),
    };
    const req = httpRequest(url, { method: init.method ?? "GET", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const get = (name: string) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : String(v);
        };
        resolve({ status: res.statusCode ?? 0, headers: { get }, text, json: () => JSON.parse(text) });
      });
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

export const post = (url: string, body: string, contentType = "application/json") =>
  request(url, { method: "POST", body, headers: { "content-type": contentType } });

/** `subsidia eval --json` output without its near misses (`nearest`), which the service does not search for. */
export const withoutNearest = (json: unknown): unknown =>
  JSON.parse(JSON.stringify(json), (key, value: unknown) => (key === "nearest" ? undefined : value));

export const evaluateUrl = (s: RunningService, id = flagshipId) => `${s.url}/v1/policies/${id}/evaluate`;

/** The decisions of a JSONL log, parsed; none when the file does not exist. */
export function logLines(log: string): Loose[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));
}

/** Runs the CLI, as `subsidia …` (see `cliCommand`). */
export function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [...cliCommand, ...args], {
    cwd: repo,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `subsidia serve` as a process and resolves with it and its URL once it listens. */
export function spawnServe(args: string[]) {
  const child = spawn(process.execPath, [...cliCommand, "serve", ...args], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, exited, stderr: () => stderr };
}
