import { compileLibrary, type CompiledLibrary } from "@subsidia/compiler";
import { withNearMisses } from "@subsidia/diff";
import type { Policy } from "@subsidia/ir";
import { type Applied, type EvalOutcome, evaluateWith } from "@subsidia/runtime";
import type { Diagnostic } from "@subsidia/syntax";
import type { LibraryDoc } from "./protocol.js";

/** Evaluations spent looking for each clause's near miss, as without a library. */
const NEAR_MISS_BUDGET = 40;

export interface LibraryRun {
  /** the diagnostics of the library's other documents (the policy's own are the editor's) */
  diagnostics: Diagnostic[];
  outcome?: EvalOutcome | undefined;
  /** the rules and amendments applied on the applicant's date */
  applied?: Applied | undefined;
}

/**
 * The policy evaluated with the rules and amendments written beside it, as `subsidia eval
 * --with` does (`compileLibrary`, `evaluateWith`), with why-not and near misses. The library is
 * compiled again only when a text changed.
 */
export class LibraryChecker {
  private key = "";
  private compiled: CompiledLibrary | undefined;

  run(file: string, text: string, docs: readonly LibraryDoc[], facts: unknown): LibraryRun {
    const files = [{ file, text }, ...docs];
    const key = JSON.stringify(files);
    if (key !== this.key || this.compiled === undefined) {
      this.compiled = compileLibrary(files);
      this.key = key;
    }
    const lib = this.compiled;
    const diagnostics = lib.diagnostics.filter((d) => d.span.file !== file);
    const policy = lib.policies.find((p) => p.file === file);
    if (policy === undefined) return { diagnostics };
    return { diagnostics, ...evaluated(policy, lib, facts) };
  }
}

function evaluated(policy: Policy, lib: CompiledLibrary, facts: unknown): Omit<LibraryRun, "diagnostics"> {
  const out = evaluateWith(policy, lib, facts, { whyNot: true });
  if (!out.ok) {
    const outcome: EvalOutcome =
      out.kind === "facts"
        ? { ok: false, kind: "facts", errors: out.errors }
        : { ok: false, kind: out.kind, errors: out.errors };
    return { outcome };
  }
  const result = withNearMisses(out.policy, facts, out.result, { budget: NEAR_MISS_BUDGET });
  return { outcome: { ok: true, result }, applied: out.applied };
}
