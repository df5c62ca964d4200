import { closest } from "@subsidia/syntax";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LibrarySnapshot } from "../library/library.js";
import type { LoadedPolicy } from "../library/loaded-policy.js";
import { apiError } from "./api-error.js";
import { errorResponses, LibraryIndexBody, PolicyDetail, PolicyList } from "./schemas.js";

export function summary(p: LoadedPolicy) {
  const v = p.ir.validity;
  return {
    id: p.id,
    title: p.ir.title,
    issuer: p.ir.issuer ?? null,
    issued: p.ir.issued ?? null,
    version: p.version,
    hash: p.hash,
    file: p.file,
    validity: v ? { from: v.from, to: v.to, dateInput: v.dateInput } : null,
    stacking: p.ir.stacking,
  };
}

/** The policy `id` of the snapshot, or a 404 that names the closest id. */
export function policyOr404(snapshot: LibrarySnapshot, id: string): LoadedPolicy {
  const p = snapshot.byId.get(id);
  if (p) return p;
  const near = closest(id, snapshot.byId.keys());
  const ids = [...snapshot.byId.keys()].map((k) => `\`${k}\``).join(", ") || "none";
  const hint = near !== undefined ? `did you mean \`${near}\`? ` : "";
  throw apiError(404, "unknown-policy", `unknown policy \`${id}\`; ${hint}expected one of ${ids}`, "(id)");
}

export const PolicyParams = z.object({ id: z.string().describe("a policy id, from `GET /v1/policies`") });

export function policyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/policies",
    { schema: { summary: "the policies of the library", tags: ["policies"], response: { 200: PolicyList } } },
    async (req) => ({
      generation: req.library.generation,
      loadedAt: req.library.loadedAt,
      policies: req.library.policies.map(summary),
    }),
  );
  r.get(
    "/v1/library",
    {
      schema: {
        summary: "the library's index: policies, implementing rules, amendments and vocabularies, with levels",
        tags: ["policies"],
        response: { 200: LibraryIndexBody },
      },
    },
    async (req) => ({ generation: req.library.generation, entries: req.library.index.entries }),
  );
  r.get(
    "/v1/policies/:id",
    {
      schema: {
        summary: "one policy: its metadata, its compiled IR and the JSON Schema of its facts",
        tags: ["policies"],
        params: PolicyParams,
        response: { 200: PolicyDetail, 404: errorResponses[404] },
      },
    },
    async (req) => {
      const p = policyOr404(req.library, req.params.id);
      return { ...summary(p), ir: p.ir, factsSchema: p.factsSchema };
    },
  );
}
