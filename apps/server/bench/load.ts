import { spawn } from "node:child_process";
import type { IncomingHttpHeaders } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openFileLog, openPgLog, verifyLog } from "../src/index.js";

export const repo = fileURLToPath(new URL("../../../", import.meta.url));

export interface LoadOptions {
  /** JSONL, PostgreSQL (a URL) or none */
  log: "jsonl" | "none" | { pg: string };
  connections: number;
  seconds: number;
}

export interface LoadResult {
  decisionsPerSecond: number;
  p50: number;
  p99: number;
  answered: number;
  refused: number;
  /** decisions answered 200 that are not in the log (must be 0); null without a log */
  lost: number | null;
  /** findings of verify-log on the log after the run; null without a log */
  findings: number | null;
}

/** `subsidia serve` in a process of its own (the built CLI when there is one), resolved once it listens. */
function serve(args: string[]) {
  const built = join(repo, "apps/cli/dist/main.js");
  const argv = existsSync(built)
    ? [built]
    : ["--conditions=source", "--import", "tsx", join(repo, "apps/cli/src/main.ts")];
  const child = spawn(process.execPath, [...argv, "serve", "--port", "0", "--no-watch", ...args], {
    cwd: repo,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`subsidia serve exited (${code}): ${stderr}`)));
  });
  return { child, url, exited };
}

/** Posts the flagship's example applicant as fast as `connections` clients can, for `seconds`, on loopback. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-load-"));
  const log = join(dir, "decisions.jsonl");
  const logArgs = o.log === "none" ? ["--no-decision-log"] : ["--decision-log", o.log === "jsonl" ? log : o.log.pg];
  const server = serve(logArgs);
  try {
    const url = `${await server.url}/v1/policies/hlj-biomanufacturing-2026/evaluate`;
    const body = readFileSync(join(repo, "examples/applicant.json"), "utf8");
    const answered = new Set<string>();
    const onResponse = (status: number, _body: string, _ctx: object, headers?: IncomingHttpHeaders) => {
      if (status === 200) answered.add(String(headers?.["decision-id"]));
    };
    const shoot = (seconds: number) =>
      autocannon({
        url,
        requests: [{ method: "POST", headers: { "content-type": "application/json" }, body, onResponse }],
        connections: o.connections,
        duration: seconds,
      });
    await shoot(3); // warm-up: the JIT, the policy store's first write
    const r = await shoot(o.seconds);
    server.child.kill("SIGTERM");
    if ((await server.exited) !== 0) throw new Error("subsidia serve did not stop cleanly");
    let lost: number | null = null;
    let findings: number | null = null;
    if (o.log !== "none") {
      const open = () => (o.log === "jsonl" ? openFileLog(log) : openPgLog((o.log as { pg: string }).pg));
      findings = (await verifyLog(await open())).findings.length;
      const source = await open();
      for await (const line of source.lines()) answered.delete(JSON.parse(line.text).decision_id);
      await source.close();
      lost = answered.size; // decisions answered (warm-up included) that are not in the log
    }
    return {
      decisionsPerSecond: r["2xx"] / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      answered: r["2xx"],
      refused: r.non2xx + r.errors,
      lost,
      findings,
    };
  } finally {
    server.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
