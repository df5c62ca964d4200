import { policyOn } from "@subsidia/runtime";
import type { LibrarySnapshot } from "../library/library.js";
import { type LoadedPolicy, loadedPolicy } from "../library/loaded-policy.js";

/**
 * A policy as it applies to these facts: with the implementing rules and amendments of the
 * library in force on the applicant's date (`policyOn`). When any applies, the consolidated IR
 * is a version of its own (its own hash), and it is that version the decision log records, so
 * that a replay evaluates exactly what was decided. Unchanged policies are returned as they are.
 */
export function policyForFacts(
  snapshot: LibrarySnapshot,
  p: LoadedPolicy,
  facts: Record<string, unknown>,
): LoadedPolicy {
  const dateOf = (input: string) => {
    const v = facts[input];
    return typeof v === "string" ? v : null;
  };
  const { policy, applied } = policyOn(p.ir, snapshot.related, dateOf);
  return applied.rules.length + applied.amendments.length === 0 ? p : loadedPolicy(policy, p.file);
}
