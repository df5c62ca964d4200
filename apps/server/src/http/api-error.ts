import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/** The body of every error answer: a stable code, a message that says what was expected, where. */
export interface ErrorBody {
  code: string;
  message: string;
  /** a fact's path (`projects[0].fixedAssetInvestment`), `(facts)`, or the part of the request: `(body)`, `(id)`… */
  path: string;
  /** every problem, when there are several (invalid facts); the first is repeated above */
  errors?: { path: string; message: string }[];
}

/** An answer with a 4xx or 5xx status and an ErrorBody. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.statusCode = status;
  }
}

export const apiError = (status: number, code: string, message: string, path: string) =>
  new ApiError(status, { code, message, path });

/** The errors fastify raises before a handler runs, by fastify's code. */
const FASTIFY: Record<string, { status: number; code: string; path: string; message: (limit: number) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "body-too-large",
    path: "(body)",
    message: (limit) => tooLarge(limit),
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported-media-type",
    path: "(content-type)",
    message: () => "unsupported content type; expected `application/json`",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "malformed-json",
    path: "(body)",
    message: () => "the request body is empty; expected one JSON object of facts",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "invalid-request",
    path: "(content-length)",
    message: () => "the body's length does not match its Content-Length header",
  },
};

export const tooLarge = (limit: number) =>
  `the request body is too large; expected at most ${limit} bytes (\`subsidia serve --body-limit\`)`;

/** Turns every error into an ErrorBody answer; anything unforeseen is a 500 that the process survives. */
export function errorHandler(bodyLimit: number, onInternal: (e: unknown, req: FastifyRequest) => void) {
  return (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.body);
    const known = error.code ? FASTIFY[error.code] : undefined;
    if (known)
      return reply.code(known.status).send({ code: known.code, message: known.message(bodyLimit), path: known.path });
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext === "params" ? "(url)" : "(facts)";
      return reply.code(422).send({ code: "invalid-facts", message: "expected one JSON object of facts", path: where });
    }
    if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500)
      return reply
        .code(error.statusCode)
        .send({ code: "invalid-request", message: lower(error.message), path: "(request)" });
    onInternal(error, req);
    return reply.code(500).send({ code: "internal-error", message: "the service failed to answer", path: "(request)" });
  };
}

const lower = (s: string) => s.replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, "");
