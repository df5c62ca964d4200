import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ServiceContext } from "./context.js";
import { Health } from "./schemas.js";

export function opsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/healthz",
    {
      schema: {
        summary: "liveness, the library in service and the decision log's head",
        tags: ["operations"],
        response: { 200: Health },
      },
    },
    async (req) => {
      const problems = ctx.library.problems.map(({ file, message }) => ({ file, message }));
      const head = ctx.sink ? await ctx.sink.head() : undefined;
      return {
        status: problems.length > 0 ? ("degraded" as const) : ("ok" as const),
        policies: req.library.policies.length,
        generation: req.library.generation,
        loadedAt: req.library.loadedAt,
        problems,
        decisionLog: ctx.sink && head ? { sink: ctx.sink.description, seq: head.seq, head: head.hash } : null,
      };
    },
  );
  r.get(
    "/metrics",
    { schema: { summary: "metrics in the Prometheus text format", tags: ["operations"] } },
    async (_req, reply) => reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics()),
  );
  r.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
