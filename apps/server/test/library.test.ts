import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileLibrary } from "@subsidia/compiler";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentHash, openFileLog, replayLog } from "../src/index.js";
import {
  copyLibrary,
  evaluateUrl,
  flagshipFile,
  flagshipId,
  type Loose,
  logLines,
  post,
  request,
  repo,
  start,
  type TestService,
} from "./helpers.js";

let s: TestService;
const served = copyLibrary();
const ruleFile = "heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia";
beforeAll(async () => {
  s = await start({ policies: served });
});
afterAll(() => s.close());

const RULE = "FICTIONAL-hlj-kjt-rd-subsidy-rates";
const rd = (date: string) =>
  JSON.stringify({ applicationDate: date, rdInvestment: { current: "800000", previous: "600000" } });

describe("the library in the decision service", () => {
  test("GET /v1/library: the index, with each policy's level and the rule that implements the flagship", async () => {
    const r = await request(`${s.url}/v1/library`);
    expect(r.status).toBe(200);
    const rule = r.json().entries.find((e: { id: string }) => e.id === RULE);
    expect(rule).toMatchObject({ kind: "rule", of: flagshipId, level: "provincial" });
  });

  test("POST /v1/match applies the rule in force on the applicant's date and records that version; replay agrees", async () => {
    const r = await post(`${s.url}/v1/match`, rd("2026-06-30"));
    expect(r.status).toBe(200);
    const flagship = r.json().results.find((x: { policy: string }) => x.policy === flagshipId);
    expect(flagship.awards).toMatchObject([{ clause: "rdSubsidy", amount: "50000.00", rules: [{ number: RULE }] }]);
    const before = await post(`${s.url}/v1/match`, rd("2026-03-31"));
    expect(before.json().results.find((x: { policy: string }) => x.policy === flagshipId).pending).toHaveLength(1);
    const [withRule, without] = logLines(s.log)
      .slice(-2)
      .map((e) => e.policies.find((p: Loose) => p.id === flagshipId));
    expect(withRule.hash).not.toBe(without.hash);
    // the log names the rule that set the rates, the exact text of it (its hash), and the values it gave
    const files = [flagshipFile, ruleFile].map((file) => ({ file, text: readFileSync(join(served, file), "utf8") }));
    const [rule] = compileLibrary(files).rules;
    expect(withRule.implementing_rules).toEqual([
      {
        id: RULE,
        kind: "rule",
        version: "2026-04-01",
        hash: contentHash(rule),
        parameters: ["rdStockRate", "rdIncrementRate"],
      },
    ]);
    expect(withRule.parameters.slice(0, 2)).toEqual([
      { name: "rdStockRate", value: "0.05", text: "5%" },
      { name: "rdIncrementRate", value: "0.1", text: "10%" },
    ]);
    expect(without.implementing_rules).toEqual([]);
    const report = await replayLog(await openFileLog(s.log));
    expect(report.findings).toEqual([]);
  });

  test("POST /v1/policies/:id/evaluate evaluates the policy as written, as `subsidia eval FILE` does", async () => {
    const r = await post(evaluateUrl(s), rd("2026-06-30"));
    expect(r.status).toBe(200);
    expect(r.json().pending.map((p: { clause: string }) => p.clause)).toEqual(["rdSubsidy"]);
  });
});

test("an amendment in force is named in the log with the clauses it set, and the decision replays", async () => {
  const dir = copyLibrary();
  const amendment = "FICTIONAL-amendment-2027.subsidia";
  copyFileSync(join(repo, "examples/library", amendment), join(dir, amendment));
  const t = await start({ policies: dir });
  try {
    const facts = readFileSync(join(repo, "examples/library/platform-2027.json"), "utf8");
    expect((await post(`${t.url}/v1/match`, facts)).status).toBe(200);
  } finally {
    await t.close();
  }
  const flagship = logLines(t.log)[0].policies.find((p: Loose) => p.id === flagshipId);
  const files = [flagshipFile, amendment].map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
  const [doc] = compileLibrary(files).amendments;
  expect(flagship.implementing_rules).toContainEqual({
    id: "FICTIONAL-hlj-biomanufacturing-2027-adjustment",
    kind: "amendment",
    version: "2026-12-01",
    hash: contentHash(doc),
    parameters: [],
    clauses: ["4/platformConstruction"],
  });
  expect((await replayLog(await openFileLog(t.log))).findings).toEqual([]);
});
