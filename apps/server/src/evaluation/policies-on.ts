import type { Amendment, ImplementingRule } from "@subsidia/ir";
import { type Applied, policyOn, type Related } from "@subsidia/runtime";
import { contentHash } from "../canonical-hash.js";
import type { ImplementingRuleRef } from "../decisions/entry.js";
import type { LibrarySnapshot } from "../library/library.js";
import { type LoadedPolicy, loadedPolicy } from "../library/loaded-policy.js";

/**
 * A policy as it applies to these facts: with the implementing rules and amendments of the
 * library in force on the applicant's date (`policyOn`). When any applies, the consolidated IR
 * is a version of its own (its own hash), and it is that version the decision log records, so
 * that a replay evaluates exactly what was decided, with the rules and amendments that made it.
 * Unchanged policies are returned as they are.
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
  if (applied.rules.length + applied.amendments.length === 0) return p;
  return { ...loadedPolicy(policy, p.file), implementingRules: appliedDocuments(snapshot.related, applied) };
}

const hashes = new WeakMap<ImplementingRule | Amendment, string>();
const hashOf = (doc: ImplementingRule | Amendment) => {
  let h = hashes.get(doc);
  if (h === undefined) hashes.set(doc, (h = contentHash(doc)));
  return h;
};

/** The rules and amendments `policyOn` applied, each once, in the order it applied them, with what each set. */
export function appliedDocuments(related: Related, applied: Applied): ImplementingRuleRef[] {
  const refs = new Map<string, ImplementingRuleRef>();
  const refOf = (id: string): ImplementingRuleRef => {
    let ref = refs.get(id);
    if (ref === undefined) {
      const doc = related.rules.find((r) => r.id === id) ?? related.amendments.find((a) => a.id === id);
      if (doc === undefined) throw new Error(`the library has no rule or amendment \`${id}\``);
      ref = { id, kind: doc.kind, version: doc.issued ?? null, hash: hashOf(doc), parameters: [] };
      refs.set(id, ref);
    }
    return ref;
  };
  for (const f of applied.rules) refOf(f.rule.id).parameters.push(f.param);
  for (const a of applied.amendments) (refOf(a.amendment.id).clauses ??= []).push(`${a.article}/${a.clause}`);
  return [...refs.values()];
}
