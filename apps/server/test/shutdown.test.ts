import { connect } from "node:net";
import { join } from "node:path";
import { expect, test } from "vitest";
import { openFileLog, verifyLog } from "../src/index.js";
import { applicant, flagshipId, logLines, spawnServe, start, tempDir } from "./helpers.js";

test("a request in flight when the service closes is answered, and its connection ended with it", async () => {
  const s = await start();
  const { port } = new URL(s.url);
  const socket = connect(Number(port), "127.0.0.1");
  let response = "";
  const ended = new Promise<void>((resolve) => socket.on("end", resolve));
  const answered = new Promise<void>((resolve) =>
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      response += chunk;
      if (response.includes("\r\n\r\n")) resolve();
    }),
  );
  const body = Buffer.from(applicant, "utf8");
  const half = Math.floor(body.length / 2);
  // the headers and half the body: the request is in flight (its body being read) when the close begins
  socket.write(
    `POST /v1/policies/${flagshipId}/evaluate HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  socket.write(body.subarray(0, half));
  // until the service counts it in flight (beside the request for the metrics themselves)
  const inFlight = async () =>
    Number(/^subsidia_http_requests_in_flight (\d+)$/m.exec(await (await fetch(`${s.url}/metrics`)).text())?.[1]);
  while ((await inFlight()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  const closed = s.close();
  socket.write(body.subarray(half));
  await answered;
  expect(response).toMatch(/^HTTP\/1\.1 200 /);
  expect(response.toLowerCase()).toContain("\r\nconnection: close\r\n");
  await ended;
  await closed;
  expect(logLines(s.log)).toHaveLength(1);
});

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
