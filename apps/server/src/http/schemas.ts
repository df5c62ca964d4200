import { IndexEntry, Policy } from "@subsidia/ir";
import { z } from "zod";

const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The facts, as a JSON object. Checked without copying (a zod object schema would rebuild the
 * value, and a `__proto__` key must stay a plain key); the policy's facts validation does the rest.
 */
export const Facts = z.custom<Record<string, unknown>>(isObject).meta({
  id: "Facts",
  type: "object",
  description:
    "One applicant's facts as a JSON object; each policy's facts JSON Schema is in `GET /v1/policies/{id}`. " +
    "Money as JSON numbers or decimal strings (yuan).",
});

export const ErrorBody = z
  .object({
    code: z.string().describe("stable: malformed-json, unsupported-media-type, body-too-large, unknown-policy, …"),
    message: z.string(),
    path: z.string().describe("a fact's path, `(facts)`, or the part of the request: `(body)`, `(id)`, …"),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });

export const PolicySummary = z
  .object({
    id: z.string(),
    title: z.string(),
    issuer: z.string().nullable(),
    issued: z.string().nullable(),
    version: z.string().nullable().describe("the document's version (its issue date)"),
    hash: z.string().describe("`sha256:…` of the IR's canonical JSON (RFC 8785): this exact version"),
    file: z.string().describe("the source file, relative to the library folder"),
    validity: z.object({ from: z.string(), to: z.string(), dateInput: z.string() }).nullable(),
    stacking: z.object({ rule: z.enum(["highest", "add"]), text: z.string().optional() }),
  })
  .meta({ id: "PolicySummary" });

export const PolicyList = z.object({
  generation: z.number().int().describe("counts library reloads; 1 at start"),
  loadedAt: z.string(),
  policies: z.array(PolicySummary),
});

export const PolicyDetail = PolicySummary.extend({
  ir: Policy,
  factsSchema: z.record(z.string(), z.unknown()).describe("the facts' JSON Schema (draft 2020-12)"),
});

const Award = z.looseObject({
  article: z.number().int(),
  clause: z.string(),
  item: z.string().optional(),
  amount: z.string().describe("yuan, as a decimal string"),
  basis: z.string(),
  explanation: z.array(z.looseObject({ kind: z.string(), text: z.string() })),
});

export const EvalResult = z
  .looseObject({
    policy: z.string(),
    inForce: z.boolean(),
    applicationDate: z.string().optional(),
    total: z.string(),
    upToTotal: z.string(),
    awards: z.array(Award),
    pending: z.array(z.looseObject({ article: z.number().int(), clause: z.string(), reason: z.string() })),
    nonMonetary: z.array(z.looseObject({ article: z.number().int(), clause: z.string(), reason: z.string() })),
  })
  .describe("exactly what `subsidia eval POLICY --facts F --json` prints")
  .meta({ id: "EvalResult" });

export const MatchResult = z
  .object({
    results: z.array(EvalResult).describe("per policy in force, after stacking"),
    total: z.string(),
    upToTotal: z.string(),
    superseded: z.array(z.looseObject({ policy: z.string(), amount: z.string() })),
    notInForce: z.array(z.string()),
    notEvaluated: z.array(
      z.object({
        policy: z.string(),
        code: z.enum(["invalid-facts", "cannot-evaluate"]),
        errors: z.array(z.looseObject({ path: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: "MatchResult" });

export const LibraryIndexBody = z
  .object({ generation: z.number().int(), entries: z.array(IndexEntry) })
  .meta({ id: "LibraryIndex" });

export const Health = z.object({
  status: z.enum(["ok", "degraded"]).describe("degraded: the last reload of the library failed"),
  policies: z.number().int(),
  generation: z.number().int(),
  loadedAt: z.string(),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  decisionLog: z.object({ sink: z.string(), seq: z.number().int(), head: z.string().nullable() }).nullable(),
});

export const errorResponses = {
  400: ErrorBody,
  404: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
  503: ErrorBody,
} as const;
