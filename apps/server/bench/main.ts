/**
 * `npm run bench -w @subsidia/server`: the decision service under load on loopback (autocannon), the
 * flagship's example applicant posted to `POST /v1/policies/{id}/evaluate` by concurrent clients;
 * with the JSONL decision log, without a log, and with the PostgreSQL log when SUBSIDIA_TEST_PG is
 * set. The table goes to stdout and into docs/performance.md between the `server-bench` markers.
 * Flags: --seconds N (20), --connections N (32), --no-write.
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg, release, totalmem } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { type LoadOptions, type LoadResult, repo, runLoad } from "./load.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("seconds", 20);
const connections = arg("connections", 32);

async function withPgSchema<T>(base: string, run: (url: string) => Promise<T>): Promise<T> {
  const schema = `bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const u = new URL(base);
    u.searchParams.set("options", `-c search_path=${schema}`);
    return await run(u.toString());
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

const scenarios: [string, (o: Omit<LoadOptions, "log">) => Promise<LoadResult>][] = [
  ["JSONL decision log (fsync before each answer)", (o) => runLoad({ ...o, log: "jsonl" })],
  ["no decision log (`--no-decision-log`)", (o) => runLoad({ ...o, log: "none" })],
];
const pgUrl = process.env["SUBSIDIA_TEST_PG"];
if (pgUrl)
  scenarios.push([
    "PostgreSQL decision log (one transaction per batch)",
    (o) => withPgSchema(pgUrl, (url) => runLoad({ ...o, log: { pg: url } })),
  ]);

const loadStart = loadavg()[0]!;
const rows: string[] = [];
for (const [name, run] of scenarios) {
  const r = await run({ seconds, connections });
  const log = r.lost === null ? "–" : `${r.lost} lost, chain ${r.findings === 0 ? "intact" : `${r.findings} findings`}`;
  const row = [
    name,
    Math.round(r.decisionsPerSecond).toLocaleString("en-US"),
    `${r.p50} ms`,
    `${r.p99} ms`,
    `${r.answered.toLocaleString("en-US")} answered, ${r.refused} refused`,
    log,
  ];
  rows.push(`| ${row.join(" | ")} |`);
  process.stdout.write(`${rows.at(-1)}\n`);
}
const cpu = cpus();
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model.trim()}, ${cpu.length} cores, ` +
    `${Math.round(totalmem() / 2 ** 30)} GB, Linux ${release()}, Node ${process.version}; load average ` +
    `${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end. ${connections} connections ` +
    `for ${seconds} s after 3 s of warm-up, server and load generator on the same two cores.`,
  "",
  "| decision log | decisions/s | p50 | p99 | requests | log after the run |",
  "| --- | --- | --- | --- | --- | --- |",
  ...rows,
].join("\n");
if (!process.argv.includes("--no-write")) {
  const page = join(repo, "docs/performance.md");
  const text = readFileSync(page, "utf8");
  const re = /(<!-- server-bench:start -->\n)[\s\S]*?(<!-- server-bench:end -->)/;
  if (!re.test(text)) throw new Error("docs/performance.md has no server-bench markers");
  writeFileSync(page, text.replace(re, `$1${table}\n$2`));
}
