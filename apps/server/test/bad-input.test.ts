import { request as httpRequest } from "node:http";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  applicant,
  evaluateUrl,
  flagshipId,
  logLines,
  post,
  request,
  start,
  tempDir,
  type TestService,
} from "./helpers.js";

let s: TestService;
beforeAll(async () => {
  s = await start({ bodyLimit: 4096 });
});
afterAll(() => s.close());

/** A request with a body but no Content-Type header (fetch always sends one). */
function postWithoutContentType(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("bad input is answered with {code, message, path}, never logged, never fatal", () => {
  const cases: [string, () => Promise<{ status: number; text: string }>, number, object][] = [
    [
      "malformed JSON",
      () => post(evaluateUrl(s), '{"applicationDate": "2026-06-30",\n  "projects": [}'),
      400,
      {
        code: "malformed-json",
        message:
          "malformed JSON at line 2, column 16: array item expected but got '}'; expected one JSON object of facts",
        path: "(body)",
      },
    ],
    ["an empty body", () => post(evaluateUrl(s), ""), 400, { code: "malformed-json", path: "(body)" }],
    [
      "a body that is not an object",
      () => post(`${s.url}/v1/match`, "[1, 2]"),
      422,
      { code: "invalid-facts", message: "expected one JSON object of facts", path: "(facts)" },
    ],
    [
      "a wrong content type",
      () => post(evaluateUrl(s), applicant, "text/plain"),
      415,
      { code: "unsupported-media-type", message: "unsupported content type; expected `application/json`" },
    ],
    [
      "no content type",
      () => postWithoutContentType(evaluateUrl(s), applicant),
      415,
      { code: "unsupported-media-type", path: "(content-type)" },
    ],
    [
      "a body over the limit",
      () => post(evaluateUrl(s), JSON.stringify({ applicationDate: "2026-06-30", pad: "x".repeat(5000) })),
      413,
      { code: "body-too-large", path: "(body)" },
    ],
    [
      "an unknown policy",
      () => post(evaluateUrl(s, "no-such-policy"), applicant),
      404,
      { code: "unknown-policy", path: "(id)" },
    ],
    [
      "facts that fail validation",
      () =>
        post(
          evaluateUrl(s),
          JSON.stringify({
            applicationDate: "2026-06-31",
            projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: "-5" }],
          }),
        ),
      422,
      {
        code: "invalid-facts",
        path: "applicationDate",
        errors: [
          { path: "applicationDate", message: expect.stringContaining("`2026-06-31`") },
          { path: "projects[0].construction", message: expect.stringContaining("`rebuild`") },
          { path: "projects[0].fixedAssetInvestment", message: expect.stringContaining("`-5`") },
        ],
      },
    ],
    [
      "an unknown route",
      () => request(`${s.url}/v1/policy`),
      404,
      { code: "not-found", message: "no route `GET /v1/policy`; expected one of the routes of `GET /openapi.json`" },
    ],
    ["a wrong method", () => request(`${s.url}/v1/match`), 404, { code: "not-found", path: "(url)" }],
  ];

  test.each(cases)("%s", async (_name, send, status, body) => {
    const before = logLines(s.log).length;
    const r = await send();
    expect(r.status).toBe(status);
    const json = JSON.parse(r.text);
    expect(json).toMatchObject(body);
    expect(Object.keys(json).slice(0, 3)).toEqual(["code", "message", "path"]);
    expect(json.message).toMatch(/^[a-z`(]/);
    expect(logLines(s.log)).toHaveLength(before);
    // the service is still there and still decides
    expect((await post(evaluateUrl(s), applicant)).status).toBe(200);
    expect(logLines(s.log)).toHaveLength(before + 1);
  });
});

describe("a decision the log cannot record is not answered", () => {
  test("the policy store cannot be written: 503, no line, and the service goes on", async () => {
    const dir = tempDir();
    const log = join(dir, "decisions.jsonl");
    writeFileSync(`${log}.policies`, "a file where the store's folder should be");
    const t = await start({ decisionLog: log });
    try {
      const r = await post(evaluateUrl(t), applicant);
      expect(r.status).toBe(503);
      expect(r.json()).toMatchObject({ code: "decision-log-unavailable", path: "(decision-log)" });
      expect(logLines(log)).toEqual([]);
      expect(t.reports.join("\n")).toMatch(/decision log: cannot record decision/);
      expect((await request(`${t.url}/v1/policies/${flagshipId}`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test("the log's disk is full: 503 for every decision, and nothing partial is left", async () => {
    const dir = tempDir();
    const log = join(dir, "decisions.jsonl");
    symlinkSync("/dev/full", log);
    const t = await start({ decisionLog: log });
    try {
      for (let i = 0; i < 2; i++) {
        const r = await post(evaluateUrl(t), applicant);
        expect(r.status).toBe(503);
        expect(r.json().code).toBe("decision-log-unavailable");
      }
      expect(t.reports.join("\n")).toMatch(/ENOSPC/);
    } finally {
      await t.close();
    }
  });
});
