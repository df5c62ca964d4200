import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openFileLog, replayLog } from "../src/index.js";
import { evaluateUrl, flagshipId, logLines, post, request, start, type TestService } from "./helpers.js";

let s: TestService;
beforeAll(async () => {
  s = await start();
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
    const [withRule, without] = logLines(s.log).slice(-2);
    expect(withRule.policies.find((p: { id: string }) => p.id === flagshipId).hash).not.toBe(
      without.policies.find((p: { id: string }) => p.id === flagshipId).hash,
    );
    const report = await replayLog(await openFileLog(s.log));
    expect(report.findings).toEqual([]);
  });

  test("POST /v1/policies/:id/evaluate evaluates the policy as written, as `subsidia eval FILE` does", async () => {
    const r = await post(evaluateUrl(s), rd("2026-06-30"));
    expect(r.status).toBe(200);
    expect(r.json().pending.map((p: { clause: string }) => p.clause)).toEqual(["rdSubsidy"]);
  });
});
