import { contentHash } from "../canonical-hash.js";
import type { DecisionDraft, DecisionEntry } from "./entry.js";

/**
 * Puts a decision in the chain: `seq` and `prev_hash` are added and `hash` is the SHA-256 of the
 * canonical JSON (RFC 8785) of the entry without `hash`. Fields are in the order the line shows.
 */
export function sealEntry(draft: DecisionDraft, seq: number, prevHash: string | null): DecisionEntry {
  const unsealed = {
    decision_id: draft.decision_id,
    seq,
    timestamp: draft.timestamp,
    kind: draft.kind,
    as_of: draft.as_of,
    policies: draft.policies,
    engine: draft.engine,
    masked: draft.masked,
    input: draft.input,
    result: draft.result,
    prev_hash: prevHash,
  };
  return { ...unsealed, hash: contentHash(unsealed) };
}

/** The hash an entry should carry: that of its canonical JSON without `hash`. */
export function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry;
  return contentHash(rest);
}
