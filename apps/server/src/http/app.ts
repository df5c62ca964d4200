import type { IncomingMessage, ServerResponse } from "node:http";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { engine } from "../engine.js";
import { apiError, errorHandler, tooLarge } from "./api-error.js";
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
  // Once closing, every answer ends its connection: Node closes only the connections idle when the close begins,
  // so one that answers a request in flight would stay open and hold the close for the keep-alive timeout (72 s).
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_req, reply, payload) => {
    if (closing) reply.header("connection", "close");
    return payload;
  });
  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "(unmatched)";
    ctx.metrics.requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    ctx.metrics.duration.observe({ route }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler(
    errorHandler(options.bodyLimit, (e, req) =>
      ctx.report(`internal error on ${req.method} ${req.url}: ${(e as Error).stack ?? e}`),
    ),
  );
  app.setNotFoundHandler((req) => {
    throw apiError(
      404,
      "not-found",
      `no route \`${req.method} ${req.url.split("?")[0]}\`; expected one of the routes of \`GET /openapi.json\``,
      "(url)",
    );
  });
  refuseLargeBodiesBeforeContinue(app, options.bodyLimit);
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

/**
 * A client that asks `Expect: 100-continue` for a body over the limit gets the 413 instead of the
 * 100 (Node would send the 100, then fastify the 413 while the client is still sending).
 */
function refuseLargeBodiesBeforeContinue(app: FastifyInstance, limit: number): void {
  app.server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) {
      const body = JSON.stringify({ code: "body-too-large", message: tooLarge(limit), path: "(body)" });
      res.writeHead(413, { "content-type": "application/json; charset=utf-8", connection: "close" }).end(body);
      return;
    }
    res.writeContinue();
    app.server.emit("request", req, res);
  });
}
