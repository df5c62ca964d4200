import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { openFileLog, replayLog } from "../src/index.js";
import { cli, evaluateUrl, logLines, post, repo, start, tempDir, withoutNearest } from "./helpers.js";

/** docs/language.md's example of parameters: one pending, one whose value changes on 2027-01-01. */
function paramsPolicy(): string {
  const page = readFileSync(join(repo, "docs/language.md"), "utf8");
  const block = /```subsidia\n(\/\/ Parameters:[\s\S]*?)```/.exec(page);
  if (!block) throw new Error("docs/language.md has no example of parameters");
  return block[1]!;
}

/** A library of the parameters example and the demo policy. */
function library(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "params.subsidia"), paramsPolicy());
  copyFileSync(join(repo, "policies/examples/demo-platform-support.subsidia"), join(dir, "demo.subsidia"));
  return dir;
}

const facts = (date: string) => JSON.stringify({ applicationDate: date, workshops: [{ id: "w-1" }] });

test("the log names each declared parameter with the value it had on the application date", async () => {
  const s = await start({ policies: library() });
  try {
    for (const date of ["2026-06-01", "2027-06-01"])
      expect((await post(evaluateUrl(s, "demo-params"), facts(date))).status).toBe(200);
  } finally {
    await s.close();
  }
  const [before, after] = logLines(s.log);
  expect(before.as_of).toBe("2026-06-01");
  expect(before.policies[0].parameters).toEqual([
    { name: "rdRate", value: null, pending: "补助比例由实施细则确定" },
    { name: "workshopAward", value: "1000000", text: "100万元" },
  ]);
  expect(before.result.total).toBe("1000000.00");
  expect(after.policies[0].parameters[1]).toEqual({
    name: "workshopAward",
    value: "1500000",
    text: "150万元",
    from: "2027-01-01",
  });
  expect(after.result.total).toBe("1500000.00");
});

test("an award paid with a dated parameter cites its value as `subsidia eval --json` does, and replays", async () => {
  const dir = library();
  const s = await start({ policies: dir });
  try {
    for (const date of ["2026-06-01", "2027-06-01"]) {
      const r = await post(evaluateUrl(s, "demo-params"), facts(date));
      const printed = cli(["eval", join(dir, "params.subsidia"), "--facts", "-", "--json"], facts(date));
      expect(printed.code).toBe(0);
      expect(r.text).toBe(printed.stdout);
      const both = cli(
        ["eval", join(dir, "params.subsidia"), join(dir, "demo.subsidia"), "--facts", "-", "--json"],
        facts(date),
      );
      const { notInForce: _n, notEvaluated: _e, ...stacked } = (await post(`${s.url}/v1/match`, facts(date))).json();
      expect(stacked).toEqual(withoutNearest(JSON.parse(both.stdout)));
    }
  } finally {
    await s.close();
  }
  const cited = logLines(s.log)[2].result.awards[0].explanation[0];
  expect(cited).toMatchObject({
    kind: "rule",
    text: expect.stringMatching(/^workshopAward = 150万元 \(from 2027-01-01/),
  });
  const replayed = await replayLog(await openFileLog(s.log));
  expect(replayed.findings).toEqual([]);
  expect(replayed.replayed).toBe(4);
});
