import { factsJsonSchema } from "@subsidia/codegen";
import type { Policy } from "@subsidia/ir";
import { contentHash } from "../canonical-hash.js";
import type { ImplementingRuleRef } from "../decisions/entry.js";

/** One policy as the service serves it: its IR, the hash that identifies this exact version, its facts schema. */
export interface LoadedPolicy {
  id: string;
  /** the document's version: its issue date, until the policy library (#15) gives versions of its own */
  version: string | null;
  /** `sha256:…` of the IR's canonical JSON: the key under which the version is kept for replay */
  hash: string;
  /** where it was read from, relative to the library folder */
  file: string;
  ir: Policy;
  factsSchema: Record<string, unknown>;
  /** a version consolidated for an applicant's date: the rules and amendments that made it (none: as written) */
  implementingRules?: ImplementingRuleRef[];
}

export function loadedPolicy(ir: Policy, file: string): LoadedPolicy {
  return {
    id: ir.id,
    version: ir.issued ?? null,
    hash: contentHash(ir),
    file,
    ir,
    factsSchema: factsJsonSchema(ir),
  };
}
