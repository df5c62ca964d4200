import { applyChanges, withNearMisses } from "@subsidia/diff";
import type { Policy } from "@subsidia/ir";
import { evaluate } from "@subsidia/runtime";

/** Why each clause did not pay, the near misses, and the first near miss applied and evaluated. */
export function firstNearMissApplied(ir: Policy, facts: unknown) {
  const out = evaluate(ir, facts, { whyNot: true }); // out.result.notAwarded
  if (!out.ok) return null;
  const result = withNearMisses(ir, facts, out.result, { fixed: ["projects.highTech"] });
  const missed = result.notAwarded?.find((n) => n.nearest);
  if (!missed?.nearest) return null;
  return { missed, after: evaluate(ir, applyChanges(facts, missed.nearest.changes)) };
}
