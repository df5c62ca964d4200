import type { Clause, Policy, Span as IrSpan } from "@subsidia/ir";
import { lex, type Span } from "@subsidia/syntax";
import type { Params } from "./analysis-bounds.js";
import { checkCaps } from "./analysis-caps.js";
import type { Report } from "./analysis-report.js";
import { checkTiers } from "./analysis-tiers.js";
import type { Context } from "./context.js";

/**
 * Static checks on the compiled clauses (the A codes): tiers (analysis-tiers.ts),
 * caps against what the award can reach (analysis-caps.ts), and uplifts whose
 * order relative to a cap matters but is not stated. Unused inputs and
 * parameters, and articles without cited text, are reported while compiling.
 */
export function analyse(ctx: Context, policy: Policy, pos: (span: IrSpan) => Span): void {
  const params: Params = new Map(policy.params.map((p) => [p.name, p]));
  const report: Report = (id, span, params) =>
    ctx.report(
      id,
      pos(span),
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? oneLine(v) : v])) as never,
    );
  for (const article of policy.articles) {
    for (const clause of article.clauses) {
      const binds = checkCaps(report, clause, params);
      checkUpliftOrder(
        report,
        clause,
        binds.some((b) => b),
      );
      checkTiers(report, clause, params);
    }
  }
}

/** An expression written over several lines, or with comments in it, quoted in a message on one line. */
function oneLine(message: string): string {
  const { comments } = lex(message, "message");
  let out = message;
  for (const c of [...comments].reverse()) out = out.slice(0, c.span.offset) + out.slice(c.span.offset + c.span.length);
  return out.replace(/\s*[\r\n]\s*/g, " ").replace(/ {2,}/g, " ");
}

/** Before or after the cap changes the amount only when a cap can bind. */
function checkUpliftOrder(report: Report, clause: Clause, capCanBind: boolean): void {
  if (!capCanBind) return;
  for (const u of clause.uplifts) {
    if (!u.orderStated) {
      report("A001.upliftOrder", u.span, { clause: clause.id });
    }
  }
}
