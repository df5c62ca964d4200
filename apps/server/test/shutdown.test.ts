import { join } from "node:path";
import { expect, test } from "vitest";
import { openFileLog, verifyLog } from "../src/index.js";
import { applicant, flagshipId, logLines, spawnServe, tempDir } from "./helpers.js";

test("under load and across SIGTERM, every decision answered is in the log once, and nothing else", async () => {
  const log = join(tempDir(), "decisions.jsonl");
  const serve = spawnServe(["--port", "0", "--decision-log", log, "--no-watch"]);
  const url = `${await serve.url}/v1/policies/${flagshipId}/evaluate`;
  const answered: string[] = [];
  const refused: number[] = [];
  let sent = 0;
  let signalled = false;
  const worker = async () => {
    while (sent < 600) {
      sent++;
      try {
        const r = await fetch(url, {
          method: "POST",
          body: applicant,
          headers: { "content-type": "application/json" },
        });
        await r.text();
        if (r.status === 200) answered.push(r.headers.get("decision-id")!);
        else refused.push(r.status);
      } catch {
        return; // the server has closed its connections: this worker is done
      }
      if (answered.length >= 60 && !signalled) {
        signalled = true;
        serve.child.kill("SIGTERM");
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
  expect(await serve.exited).toBe(0);
  expect(signalled).toBe(true);
  expect(serve.stderr()).toMatch(/SIGTERM: answering the requests in flight, then stopping\nstopped\n$/);
  expect(refused.every((s) => s === 503)).toBe(true);
  const ids = logLines(log).map((e) => e.decision_id);
  expect(ids.length).toBe(answered.length);
  expect(new Set(ids)).toEqual(new Set(answered));
  expect((await verifyLog(await openFileLog(log))).findings).toEqual([]);
});
