import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { engine } from "../engine.js";
import { apiError, errorHandler } from "./api-error.js";
import type { ServiceContext } from "./context.js";
import { parseJsonBody } from "./json-body.js";
import { decideRoutes } from "./routes-decide.js";
import { opsRoutes } from "./routes-ops.js";
import { policyRoutes } from "./routes-policies.js";

export interface AppOptions {
  /** the largest request body accepted, in bytes */
  bodyLimit: number;
}

/** The decision service's HTTP application (not listening yet). */
export async function buildApp(ctx: ServiceContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: options.bodyLimit, logger: false, return503OnClosing: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  app.decorateRequest("library", null as never);
  app.addHook("onRequest", async (req, reply) => {
    req.library = ctx.library.current;
    ctx.metrics.inFlight.inc();
    reply.raw.once("close", () => ctx.metrics.inFlight.dec());
  });
  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "(unmatched)";
    ctx.metrics.requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    ctx.metrics.duration.observe({ route }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler(
    errorHandler((e, req) => ctx.report(`internal error on ${req.method} ${req.url}: ${(e as Error).stack ?? e}`)),
  );
  app.setNotFoundHandler((req) => {
    throw apiError(
      404,
      "not-found",
      `no route \`${req.method} ${req.url.split("?")[0]}\`; expected one of the routes of \`GET /openapi.json\``,
      "(url)",
    );
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Subsidia decision service",
        version: engine.version,
        description:
          "Evaluates subsidy policies written in the Subsidia language; every decision is recorded in a " +
          "hash-chained decision log before it is answered. Errors: `{code, message, path}`.",
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  policyRoutes(app);
  decideRoutes(app, ctx);
  opsRoutes(app, ctx);
  return app;
}
