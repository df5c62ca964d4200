import type { FactsError, IrError } from "@subsidia/runtime";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { evaluateDraft, matchDraft } from "../decisions/draft.js";
import type { DecisionDraft } from "../decisions/entry.js";
import { evaluateOne } from "../evaluation/evaluate-one.js";
import { matchPolicies } from "../evaluation/match.js";
import { policyForFacts } from "../evaluation/policies-on.js";
import type { LoadedPolicy } from "../library/loaded-policy.js";
import { ApiError, apiError } from "./api-error.js";
import type { ServiceContext } from "./context.js";
import { policyOr404, PolicyParams } from "./routes-policies.js";
import { errorResponses, EvalResult, Facts, MatchResult } from "./schemas.js";

function rejected(code: "invalid-facts" | "cannot-evaluate", errors: (FactsError | IrError)[]): ApiError {
  const first = errors[0] ?? { path: "(facts)", message: "invalid facts" };
  const list = errors.map(({ path, message }) => ({ path, message }));
  const n = errors.length;
  const what = code === "invalid-facts" ? `invalid facts (${n} problem${n === 1 ? "" : "s"})` : "cannot evaluate";
  return new ApiError(422, { code, message: `${what}: ${first.message}`, path: first.path, errors: list });
}

/** Records the decision (when the log is on) before anything is answered; a decision not recorded is not answered. */
async function record(ctx: ServiceContext, draft: DecisionDraft, policies: readonly LoadedPolicy[]): Promise<void> {
  ctx.metrics.decisions.inc({ kind: draft.kind });
  if (!ctx.sink) return;
  const stop = ctx.metrics.logWrite.startTimer();
  try {
    await ctx.sink.append(draft, policies);
  } catch (e) {
    ctx.metrics.logFailures.inc();
    ctx.report(`decision log: cannot record decision ${draft.decision_id}: ${(e as Error).message}`);
    throw apiError(
      503,
      "decision-log-unavailable",
      "the decision could not be recorded in the decision log, so it is not answered; expected a writable log",
      "(decision-log)",
    );
  } finally {
    stop();
  }
}

/** The body as `subsidia eval --json` prints it: two-space JSON and a newline. */
const sendJson = (reply: FastifyReply, id: string, value: unknown) =>
  reply
    .header("decision-id", id)
    .type("application/json; charset=utf-8")
    .send(`${JSON.stringify(value, null, 2)}\n`);

export function decideRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/policies/:id/evaluate",
    {
      schema: {
        summary: "evaluate one applicant against one policy; the decision is recorded before it is answered",
        tags: ["decisions"],
        params: PolicyParams,
        body: Facts,
        response: { 200: EvalResult, ...errorResponses },
      },
    },
    async (req, reply) => {
      // one policy as written, as `subsidia eval FILE` evaluates it; its rules apply through `/v1/match`
      const policy = policyOr404(req.library, req.params.id);
      // why not (#14) and the dated parameters cited, as `subsidia eval --json` prints them
      const outcome = evaluateOne(policy.ir, req.body);
      if (!outcome.ok) throw rejected(outcome.kind === "facts" ? "invalid-facts" : "cannot-evaluate", outcome.errors);
      const draft = evaluateDraft(policy, req.body, outcome.result, ctx.masks);
      await record(ctx, draft, [policy]);
      return sendJson(reply, draft.decision_id, outcome.result);
    },
  );
  r.post(
    "/v1/match",
    {
      schema: {
        summary:
          "evaluate one applicant against every policy of the library, each with its implementing rules and " +
          "amendments in force on the applicant's date; those in force are stacked",
        tags: ["decisions"],
        body: Facts,
        response: { 200: MatchResult, ...errorResponses },
      },
    },
    async (req, reply) => {
      const policies = req.library.policies.map((p) => policyForFacts(req.library, p, req.body));
      const result = matchPolicies(
        policies.map((p) => p.ir),
        req.body,
      );
      const draft = matchDraft(policies, req.body, result, ctx.masks);
      await record(ctx, draft, policies);
      return sendJson(reply, draft.decision_id, result);
    },
  );
}
