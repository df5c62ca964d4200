import { request as httpRequest } from "node:http";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { entryHash } from "../src/decisions/chain.js";
import { openFileLog, replayLog } from "../src/index.js";
import {
  applicant,
  cli,
  copyLibrary,
  evaluateUrl,
  flagshipFile,
  flagshipId,
  logLines,
  post,
  request,
  start,
  tempDir,
  type TestService,
} from "./helpers.js";

let s: TestService;
let library: string;
const file = () => join(library, flagshipFile);

beforeAll(async () => {
  library = copyLibrary();
  s = await start({ policies: library, watch: true });
});
afterAll(() => s.close());

const hashNow = async () => (await request(`${s.url}/v1/policies/${flagshipId}`)).json().hash as string;

/** Edits the flagship's file and waits until the service serves the new version (or a failed reload). */
async function editPolicy(change: (text: string) => string, until: () => Promise<boolean>) {
  writeFileSync(file(), change(readFileSync(file(), "utf8")));
  while (!(await until())) await new Promise((r) => setTimeout(r, 50));
}

const inFlight = async () =>
  Number(/^subsidia_http_requests_in_flight (\d+)$/m.exec((await request(`${s.url}/metrics`)).text)![1]);

describe("policies reload on change; old decisions replay with the version they were made with", () => {
  test("a request in flight during a reload is answered with the version it started with", async () => {
    const before = await hashNow();
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        evaluateUrl(s),
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(applicant) },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(applicant.slice(0, 20));
      // the rest of the body once the policy has changed
      void (async () => {
        while ((await inFlight()) < 2) await new Promise((r) => setTimeout(r, 20));
        await editPolicy(
          (t) => t.replace("award 30% of p.totalInvestment", "award 20% of p.totalInvestment"),
          async () => (await hashNow()) !== before,
        );
        req.end(applicant.slice(20));
      })();
    });
    const r = await answer;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).total).toBe("68040000.00");
    expect(logLines(s.log).at(-1).policies[0].hash).toBe(before);
    expect(s.reports.join("\n")).toMatch(/policies reloaded \(generation 2\)/);
  });

  test("a decision after the change uses the new version; replay reproduces both", async () => {
    const r = await post(evaluateUrl(s), applicant);
    expect(r.json().total).toBe("65040000.00");
    const [old, now] = logLines(s.log).slice(-2);
    expect(now.policies[0].hash).not.toBe(old.policies[0].hash);
    expect(readdirSync(`${s.log}.policies`).sort()).toEqual(
      [`${old.policies[0].hash.slice(7)}.json`, `${now.policies[0].hash.slice(7)}.json`].sort(),
    );
    const report = await replayLog(await openFileLog(s.log));
    expect(report.findings).toEqual([]);
    expect(report.replayed).toBe(2);
    const printed = cli(["replay", s.log]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(`${s.log}: 2 of 2 decisions replayed to the logged result\n`);
  });

  test("a policy file with errors is not served: the previous version stays, /healthz says why", async () => {
    const before = await hashNow();
    await editPolicy(
      (t) => t.replace("award 20% of p.totalInvestment", "award 20% of p.totalInvestmnt"),
      async () => (await request(`${s.url}/healthz`)).json().status === "degraded",
    );
    const health = (await request(`${s.url}/healthz`)).json();
    expect(health.problems[0].file).toBe(flagshipFile);
    expect(health.problems[0].message).toMatch(/totalInvestmnt/);
    expect(await hashNow()).toBe(before);
    expect((await post(evaluateUrl(s), applicant)).json().total).toBe("65040000.00");
    await editPolicy(
      (t) => t.replace("p.totalInvestmnt", "p.totalInvestment"),
      async () => (await request(`${s.url}/healthz`)).json().status === "ok",
    );
  });
});

describe("replay reports what does not reproduce", () => {
  /** A copy of the log and its policy store, changed by `tamper`. */
  function tampered(tamper: (lines: string[], store: string) => void): string {
    const log = join(tempDir(), "decisions.jsonl");
    const lines = readFileSync(s.log, "utf8").trimEnd().split("\n");
    cpSync(`${s.log}.policies`, `${log}.policies`, { recursive: true });
    tamper(lines, `${log}.policies`);
    writeFileSync(log, `${lines.join("\n")}\n`);
    return log;
  }

  test("a logged result that the policy version does not give", async () => {
    const log = tampered((lines) => {
      const e = JSON.parse(lines[0]!);
      e.result.awards[0].amount = "9000001.00";
      e.hash = entryHash(e);
      lines[0] = JSON.stringify(e);
    });
    const report = await replayLog(await openFileLog(log));
    expect(report.findings).toEqual([
      {
        where: `${log}:1`,
        message: 'the result differs at `awards[0].amount`: logged `"9000001.00"`, replayed `"9000000.00"`',
        // the same words as a key and parameters, which the CLI prints in its language
        key: "replay.differs",
        params: { path: "awards[0].amount", logged: '`"9000001.00"`', replayed: '`"9000000.00"`' },
      },
    ]);
  });

  test("a policy version changed or missing in the store", async () => {
    const first = logLines(s.log)[0].policies[0].hash.slice(7);
    const last = logLines(s.log).at(-1).policies[0].hash.slice(7);
    const log = tampered((_lines, store) => {
      writeFileSync(join(store, `${first}.json`), readFileSync(join(store, `${last}.json`)));
    });
    const report = await replayLog(await openFileLog(log));
    expect(report.findings[0]!.message).toMatch(/does not hash to `sha256:[0-9a-f]{64}`: the policy store was changed/);
    const missing = cli(["replay", join(tempDir(), "nothing.jsonl")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read `.*nothing\.jsonl`: no such file/);
  });
});
