import { createIncrementalChecker, type CompileResult, type IncrementalChecker } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import {
  checkPolicy,
  citeDatedParams,
  EvaluationError,
  evaluatePolicy,
  validateFacts,
  type EvalOutcome,
  type IrError,
  type NormalisedFacts,
} from "@subsidia/runtime";
import { withNearMisses } from "@subsidia/diff";
import { curveOptions, sweep } from "./curve.js";
import { LibraryChecker } from "./library.js";
import type { CheckRequest, Snapshot } from "./protocol.js";

/** Evaluations spent looking for each clause's near miss: a re-check stays quick. */
const NEAR_MISS_BUDGET = 40;

/**
 * Validates the facts and evaluates, as `evaluate` does, on a policy already checked, with
 * why-not and the near miss of each clause not paid.
 */
export function evaluateChecked(
  policy: Policy,
  irErrors: IrError[],
  facts: unknown,
): { outcome: EvalOutcome; facts?: NormalisedFacts } {
  if (irErrors.length > 0) return { outcome: { ok: false, kind: "ir", errors: irErrors } };
  const valid = validateFacts(policy, facts);
  if (!valid.ok) return { outcome: { ok: false, kind: "facts", errors: valid.errors } };
  try {
    const result = citeDatedParams(policy, evaluatePolicy(policy, valid.facts, { whyNot: true }));
    const near = withNearMisses(policy, facts, result, { budget: NEAR_MISS_BUDGET });
    return { outcome: { ok: true, result: near }, facts: valid.facts };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      outcome: {
        ok: false,
        kind: "eval",
        errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
      },
    };
  }
}

/**
 * Re-checks a policy and its facts: compile (only when the text changed, and then
 * only what the edit changed: `createIncrementalChecker`), then validate the facts,
 * evaluate and sweep the chosen award curve. The same code runs in the page's
 * worker and in the re-check benchmark.
 */
export class Checker {
  private text: string | null = null;
  private file = "";
  private incremental: IncrementalChecker | undefined;
  private compiled: CompileResult = { diagnostics: [] };
  private irErrors: IrError[] = [];
  private library = new LibraryChecker();

  /** Compiles when the text or file name changed; returns the milliseconds spent (0 when cached). */
  compile(text: string, file: string): number {
    if (text === this.text && file === this.file) return 0;
    const start = performance.now();
    if (file !== this.file || this.incremental === undefined) this.incremental = createIncrementalChecker(file);
    this.compiled = this.incremental.check(text);
    this.irErrors = this.compiled.ir ? checkPolicy(this.compiled.ir) : [];
    this.text = text;
    this.file = file;
    return performance.now() - start;
  }

  run(req: CheckRequest): Snapshot {
    const checkMs = this.compile(req.text, req.file);
    const { ir, diagnostics } = this.compiled;
    const base = { kind: "check" as const, id: req.id, text: req.text, checkMs, diagnostics };
    if (!ir) return { ...base, evalMs: 0, curveOptions: [] };
    const start = performance.now();
    if (req.library && req.library.length > 0 && this.irErrors.length === 0) {
      const lib = this.library.run(req.file, req.text, req.library, req.facts);
      const evalMs = performance.now() - start;
      // no award curve: the sweep reads the policy alone, which would contradict the awards shown
      return {
        ...base,
        evalMs,
        policy: ir,
        outcome: lib.outcome,
        libraryDiagnostics: lib.diagnostics,
        applied: lib.applied,
        curveOptions: [],
      };
    }
    const { outcome, facts } = evaluateChecked(ir, this.irErrors, req.facts);
    const evalMs = performance.now() - start;
    const curve = facts && req.curve ? sweep(ir, facts, req.curve) : undefined;
    return { ...base, evalMs, policy: ir, outcome, curveOptions: curveOptions(ir, facts), curve };
  }
}
