import { readFileSync } from "node:fs";
import { join } from "node:path";
import { factsJsonSchema } from "@subsidia/codegen";
import { compile } from "@subsidia/compiler";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentHash } from "../src/index.js";
import {
  applicant,
  cli,
  evaluateUrl,
  flagshipFile,
  flagshipId,
  logLines,
  post,
  repo,
  request,
  start,
  type TestService,
  withoutNearest,
} from "./helpers.js";

let s: TestService;
beforeAll(async () => {
  s = await start();
});
afterAll(() => s.close());

const flagshipIr = () => compile(readFileSync(join(repo, "policies", flagshipFile), "utf8"), flagshipFile).ir!;
const demoFile = "policies/examples/demo-platform-support.subsidia";

describe("GET /v1/policies", () => {
  test("lists every policy of the library, sorted by id, each with the hash of its IR", async () => {
    const r = await request(`${s.url}/v1/policies`);
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.generation).toBe(1);
    expect(body.policies.map((p: { id: string }) => p.id)).toEqual(["demo-platform-support", flagshipId]);
    const flagship = body.policies[1];
    expect(flagship).toMatchObject({
      title: "黑龙江省支持生物制造产业高质量发展若干政策措施",
      issuer: "黑龙江省人民政府办公厅",
      version: "2026-02-13",
      file: flagshipFile,
      validity: { from: "2026-02-13", to: "2028-12-31", dateInput: "applicationDate" },
      stacking: { rule: "highest", text: "从优、就高、不重复" },
    });
    expect(flagship.hash).toBe(contentHash(flagshipIr()));
  });
});

describe("GET /v1/policies/{id}", () => {
  test("gives the metadata, the compiled IR and the facts JSON Schema of @subsidia/codegen", async () => {
    const r = await request(`${s.url}/v1/policies/${flagshipId}`);
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.id).toBe(flagshipId);
    expect(body.ir).toEqual(JSON.parse(JSON.stringify(flagshipIr())));
    expect(body.factsSchema).toEqual(JSON.parse(JSON.stringify(factsJsonSchema(flagshipIr()))));
  });

  test("an unknown id is a 404 that names the closest policy", async () => {
    const r = await request(`${s.url}/v1/policies/hlj-biomanufacturing-2025`);
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({
      code: "unknown-policy",
      message:
        "unknown policy `hlj-biomanufacturing-2025`; did you mean `hlj-biomanufacturing-2026`? expected one of " +
        "`demo-platform-support`, `hlj-biomanufacturing-2026`",
      path: "(id)",
    });
  });
});

describe("POST /v1/policies/{id}/evaluate", () => {
  test("answers exactly what `subsidia eval --json` prints, and records the decision", async () => {
    const before = logLines(s.log).length;
    const r = await post(evaluateUrl(s), applicant);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    const printed = cli(["eval", `policies/${flagshipFile}`, "--facts", "examples/applicant.json", "--json"]);
    expect(printed.code).toBe(0);
    expect(r.text).toBe(printed.stdout);
    const lines = logLines(s.log);
    expect(lines).toHaveLength(before + 1);
    const entry = lines.at(-1);
    expect(entry.decision_id).toBe(r.headers.get("decision-id"));
    expect(entry.result).toEqual(r.json());
  });

  test("keeps long numbers exact, as `subsidia eval` reads a facts file", async () => {
    const facts = JSON.stringify({
      applicationDate: "2026-06-30",
      projects: [{ id: "p", construction: "new", highTech: true, fixedAssetInvestment: 1 }],
    }).replace('"fixedAssetInvestment":1', '"fixedAssetInvestment":123456789012345678.91');
    const r = await post(evaluateUrl(s), facts);
    const printed = cli(["eval", `policies/${flagshipFile}`, "--facts", "-", "--json"], facts);
    expect(r.text).toBe(printed.stdout);
    expect(logLines(s.log).at(-1).input.projects[0].fixedAssetInvestment).toBe("123456789012345678.91");
  });
});

describe("POST /v1/match", () => {
  test("stacks the policies in force as `subsidia eval A B --json` does, and says which were not evaluated", async () => {
    const facts = JSON.stringify({
      applicationDate: "2026-06-30",
      pilotPlatforms: [
        {
          id: "cv-1",
          kind: "pilot-scale",
          totalInvestment: "30000000",
          performanceQualified: true,
          operating: true,
          nationalPilotPlatform: false,
        },
      ],
    });
    const r = await post(`${s.url}/v1/match`, facts);
    expect(r.status).toBe(200);
    const body = r.json();
    const both = cli(["eval", demoFile, `policies/${flagshipFile}`, "--facts", "-", "--json"], facts);
    expect(both.code).toBe(0);
    const { notInForce, notEvaluated, ...stacked } = body;
    // the service answers without near misses (`nearest`: a search of many evaluations per
    // applicant, which `subsidia eval` adds); everything else is what the CLI prints
    expect(stacked).toEqual(withoutNearest(JSON.parse(both.stdout)));
    expect(JSON.stringify(body)).not.toContain('"nearest"');
    expect(body.superseded).toHaveLength(1);
    expect(notInForce).toEqual([]);
    expect(notEvaluated).toEqual([]);
    const entry = logLines(s.log).at(-1);
    expect(entry.kind).toBe("match");
    expect(entry.policies.map((p: { id: string }) => p.id)).toEqual(["demo-platform-support", flagshipId]);
  });

  test("a policy not in force on the date, or whose facts do not fit, is listed and does not stop the others", async () => {
    const facts = JSON.stringify({
      applicationDate: "2028-06-30",
      pilotPlatforms: [{ id: "a", totalInvestment: "10000000", performanceQualified: true }],
    });
    const r = await post(`${s.url}/v1/match`, facts);
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.results).toEqual([]);
    expect(body.total).toBe("0.00");
    expect(body.notInForce).toEqual(["demo-platform-support"]);
    // no policy decided on a date, yet the log says the date the applicant applied on
    expect(logLines(s.log).at(-1).as_of).toBe("2028-06-30");
    expect(body.notEvaluated).toEqual([
      {
        policy: flagshipId,
        code: "invalid-facts",
        errors: expect.arrayContaining([expect.objectContaining({ path: "pilotPlatforms[0].kind" })]),
      },
    ]);
  });
});

describe("operations", () => {
  test("GET /healthz reports the library and the decision log's head", async () => {
    const r = await request(`${s.url}/healthz`);
    expect(r.status).toBe(200);
    const last = logLines(s.log).at(-1);
    expect(r.json()).toMatchObject({
      status: "ok",
      policies: 2,
      generation: 1,
      problems: [],
      decisionLog: { sink: s.log, seq: last.seq, head: last.hash },
    });
  });

  test("GET /openapi.json describes every route with its schemas", async () => {
    const r = await request(`${s.url}/openapi.json`);
    expect(r.status).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/healthz",
      "/metrics",
      "/v1/library",
      "/v1/match",
      "/v1/policies",
      "/v1/policies/{id}",
      "/v1/policies/{id}/evaluate",
    ]);
    const evaluate = doc.paths["/v1/policies/{id}/evaluate"].post;
    expect(Object.keys(evaluate.responses)).toEqual(expect.arrayContaining(["200", "400", "404", "413", "415", "422"]));
    expect(doc.components.schemas.Error.required).toEqual(["code", "message", "path"]);
  });

  test("GET /metrics speaks the Prometheus text format and counts decisions and requests", async () => {
    const count = async () => {
      const text = (await request(`${s.url}/metrics`)).text;
      return Number(/^subsidia_decisions_total\{kind="evaluate"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    const before = await count();
    await post(evaluateUrl(s), applicant);
    expect(await count()).toBe(before + 1);
    const r = await request(`${s.url}/metrics`);
    expect(r.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(r.text).toMatch(/^# TYPE subsidia_http_request_duration_seconds histogram$/m);
    expect(r.text).toMatch(/^subsidia_policies 2$/m);
    expect(r.text).toMatch(
      /^subsidia_http_requests_total\{route="\/v1\/policies\/:id\/evaluate",method="POST",status="200"\} \d+$/m,
    );
  });
});
