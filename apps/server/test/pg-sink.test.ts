import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openPgLog, replayLog, verifyLog } from "../src/index.js";
import { applicant, cli, evaluateUrl, post, request, start, type TestService } from "./helpers.js";

/**
 * Against a real PostgreSQL server: `.ci/run` starts one (`.ci/postgres.sh`) and exports its URL as
 * SUBSIDIA_TEST_PG; locally, `export SUBSIDIA_TEST_PG="$(bash .ci/postgres.sh)"`. Each run writes
 * into a schema of its own.
 */
const base = process.env["SUBSIDIA_TEST_PG"];
if (!base && process.env["CI"]) throw new Error("SUBSIDIA_TEST_PG is not set: CI must run the PostgreSQL tests");

const schema = `decisions_${randomBytes(6).toString("hex")}`;
const url = () => {
  const u = new URL(base!);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
};
let admin: pg.Client;

describe.skipIf(!base)("the PostgreSQL decision log", () => {
  let a: TestService;
  let b: TestService;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    // two instances of the service on one log, started at the same time
    [a, b] = await Promise.all([start({ decisionLog: url() }), start({ decisionLog: url() })]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  const q = async (sql: string) => (await admin.query(sql.replaceAll("$schema", schema))).rows;

  test("two instances writing at once keep one chain; every decision is recorded once", async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(evaluateUrl(i % 2 === 0 ? a : b), applicant)),
    );
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    const rows = await q("select seq, decision_id from $schema.subsidia_decisions order by seq");
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.decision_id))).toEqual(new Set(answers.map((r) => r.headers.get("decision-id"))));
    expect(await q("select policy_id from $schema.subsidia_policies")).toEqual([
      { policy_id: "hlj-biomanufacturing-2026" },
    ]);
    const report = await verifyLog(await openPgLog(url()));
    expect(report.findings).toEqual([]);
    expect(report.decisions).toBe(60);
    const replayed = await replayLog(await openPgLog(url()));
    expect(replayed.findings).toEqual([]);
    expect(replayed.replayed).toBe(60);
    const health = (await request(`${b.url}/healthz`)).json();
    expect(health.decisionLog).toMatchObject({ seq: 60, head: report.head!.hash });
  });

  test("`subsidia verify-log` and `subsidia replay` read it by URL", () => {
    const verified = cli(["verify-log", url()]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/: 60 decisions, chain intact; head seq 60 sha256:/);
    expect(verified.stdout).not.toContain("subsidia:subsidia@");
    const replayed = cli(["replay", url()]);
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toMatch(/60 of 60 decisions replayed to the logged result\n$/);
  });

  test("a decision the database cannot take is not answered, and nothing of it is recorded", async () => {
    await q("alter table $schema.subsidia_decisions rename to subsidia_decisions_away");
    try {
      const r = await post(evaluateUrl(a), applicant);
      expect(r.status).toBe(503);
      expect(r.json().code).toBe("decision-log-unavailable");
    } finally {
      await q("alter table $schema.subsidia_decisions_away rename to subsidia_decisions");
    }
    expect(await q("select count(*)::int as n from $schema.subsidia_decisions")).toEqual([{ n: 60 }]);
    expect((await post(evaluateUrl(a), applicant)).status).toBe(200);
  });

  test("an edited row and a deleted row are each found, with their position", async () => {
    await q(
      `update $schema.subsidia_decisions set entry = replace(entry, '"total":"68040000.00"', '"total":"1.00"') where seq = 10`,
    );
    await q("delete from $schema.subsidia_decisions where seq = 20");
    const report = await verifyLog(await openPgLog(url()));
    expect(report.findings.map((f) => f.where)).toEqual(["row 10 (seq 10)", "row 20 (seq 21)", "row 20 (seq 21)"]);
    expect(report.findings[0]!.message).toMatch(/the line was edited/);
    expect(report.findings[2]!.message).toMatch(/`seq` is 21; expected 20/);
    const r = cli(["verify-log", url()]);
    expect(r.code).toBe(1);
    // in Chinese, the rows too
    const zh = cli(["verify-log", url(), "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/^第 10 行（`seq` 10）：内容与其 `hash` 不符：该行写入后被修改过$/m);
    expect(zh.stdout).toMatch(/^第 20 行（`seq` 21）：`seq` 为 `21`；应为 20，即上一行之后的决策$/m);
  });
});
