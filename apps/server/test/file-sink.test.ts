import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { openFileLog, verifyLog } from "../src/index.js";
import { applicant, evaluateUrl, logLines, post, start, tempDir } from "./helpers.js";

const logIn = () => join(tempDir(), "decisions.jsonl");

describe("the JSONL decision log", () => {
  test("concurrent decisions are all recorded, once each, in one unbroken chain", async () => {
    const s = await start();
    try {
      const answers = await Promise.all(Array.from({ length: 120 }, () => post(evaluateUrl(s), applicant)));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      const lines = logLines(s.log);
      expect(lines.map((e) => e.seq)).toEqual(lines.map((_, i) => i + 1));
      expect(new Set(lines.map((e) => e.decision_id))).toEqual(
        new Set(answers.map((a) => a.headers.get("decision-id"))),
      );
    } finally {
      await s.close();
    }
    expect((await verifyLog(await openFileLog(s.log))).findings).toEqual([]);
  });

  test("a service started on an existing log goes on with its chain", async () => {
    const log = logIn();
    for (let run = 0; run < 2; run++) {
      const s = await start({ decisionLog: log });
      await post(evaluateUrl(s), applicant);
      await s.close();
    }
    const [a, b] = logLines(log);
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(b.prev_hash).toBe(a.hash);
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  test("a log that ends in an incomplete line, or whose last line was edited, is not written to", async () => {
    const log = logIn();
    const s = await start({ decisionLog: log });
    await post(evaluateUrl(s), applicant);
    await s.close();
    const text = readFileSync(log, "utf8");
    appendFileSync(log, text.slice(0, 100));
    await expect(start({ decisionLog: log })).rejects.toThrow(/ends with an incomplete line .*subsidia verify-log/);
    writeFileSync(log, text.replace('"total":"68040000.00"', '"total":"1.00"'));
    await expect(start({ decisionLog: log })).rejects.toThrow(/does not hash to its `hash`/);
    expect(readFileSync(log, "utf8")).toBe(text.replace('"total":"68040000.00"', '"total":"1.00"'));
  });

  test("a log written by another live process is refused; a lock left by a dead one is taken over", async () => {
    const log = logIn();
    writeFileSync(`${log}.lock`, String(process.ppid));
    await expect(start({ decisionLog: log })).rejects.toThrow(
      `is written by another process (pid ${process.ppid}, see \`${log}.lock\`)`,
    );
    writeFileSync(`${log}.lock`, "999999999");
    const s = await start({ decisionLog: log });
    expect(readFileSync(`${log}.lock`, "utf8")).toBe(String(process.pid));
    await s.close();
  });
});
