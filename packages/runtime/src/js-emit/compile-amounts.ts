import type { Policy } from "@subsidia/ir";
import { planOf } from "@subsidia/plan";
import { applyAggregateCaps } from "../aggregate-caps.js";
import { validatePolicy } from "../validate-ir.js";
import { itemId } from "../env.js";
import { isRealDate, readScalar } from "../fact-scalars.js";
import type { NormalisedFacts } from "../facts.js";
import { validateFacts, type FactsValidation } from "../facts-schema.js";
import { DEFAULT_MAX_ITEMS, type FactsOptions } from "../facts-keys.js";
import { parseMoney } from "../money.js";
import { isMoney, rawScalar } from "../money-check.js";
import { EvaluationError, keyText } from "../values.js";
import { emitEvaluator } from "./emit-policy.js";
import { emitFactsReader } from "./emit-facts.js";
import { Source } from "./source.js";
import type { AmountsOutcome, AmountsResult } from "./types.js";
import {
  among,
  arith,
  between,
  capZeroBy,
  compare,
  compareKnown,
  dateShift,
  ifBranch,
  lookupCase,
  noNewTier,
  rounded,
  steps,
  year,
  decimal,
  failure,
  given,
  logicArg,
  minMax,
  negate,
  not,
  notCondition,
  scalar,
} from "../operations.js";
import { firstUnknown, pick, Unknown } from "../values.js";
import { FastDraft, readUnits, unknownOf } from "./fast-values.js";
import { writeFast } from "./fast-write.js";
import { fastAggregateCaps } from "./fast-caps.js";
import { divRound } from "./units.js";
import { ABSENT, field, limit, NOTIER, Zero } from "./values.js";
import { ClauseAmounts } from "../clause-amounts.js";
import { applyExclusions } from "../exclusions.js";
import { historyCapBy, historyOf, lessReceivedBy, onceReason, received } from "../history.js";
import { Dec, ZERO } from "../money.js";
import { notInForce, resultHead, writeResult } from "../write-result.js";

/** The explanation-free fast path of one policy, generated from its IR. */
export interface AmountsEvaluator {
  /** Like `evaluatePolicy`: facts normalised by `readFacts` or `validateFacts`; throws `EvaluationError` likewise. */
  evaluate(facts: NormalisedFacts): AmountsResult;
  /** `validateFacts` with a generated reader: the same facts and the same errors, faster on valid facts. */
  readFacts(facts: unknown, options?: FactsOptions): FactsValidation;
  /**
   * The facts as `run` reads them, for `evaluate` of this policy or of another version with the
   * same inputs: amounts only checked (each read when a clause reaches it) where the policy allows,
   * `readFacts` otherwise (and for any facts the check does not pass, with the same errors).
   */
  checkFacts(facts: unknown, options?: FactsOptions): FactsValidation;
  /** Reads the facts, then evaluates; never throws for bad facts or a failing evaluation. */
  run(facts: unknown, options?: FactsOptions): AmountsOutcome;
  /** The generated JavaScript, for reading and debugging. */
  readonly source: { evaluator: string; facts: string };
}

/** A sentinel: the item gets nothing. */
const NONE = Object.freeze({ none: true });
/** A sentinel: a value does not fit the integer fast path; the decimal code decides. */
const SLOW = Object.freeze({ slow: true });
/** A sentinel: the facts reader leaves the facts to `validateFacts`. */
const FAIL = Object.freeze({ fail: true });

/** The context of a policy without an awards history and without `award of`: shared, never written to. */
const NO_HISTORY = Object.freeze({ history: Object.freeze([]), amounts: null });

const helpers = Object.freeze({
  NO_HISTORY,
  Unk: Unknown,
  pick,
  Zero,
  NOTIER,
  Dec,
  ZERO,
  ClauseAmounts,
  applyExclusions,
  historyOf,
  received,
  lessReceivedBy,
  historyCapBy,
  onceReason,
  capZeroBy,
  noNewTier,
  compareKnown,
  rounded,
  year,
  steps,
  dateShift,
  between,
  ifBranch,
  lookupCase,
  NONE,
  SLOW,
  FAIL,
  readUnits,
  unknownOf,
  firstUnknown,
  divRound,
  FastDraft,
  writeFast,
  fastAggregateCaps,
  ABSENT,
  EvaluationError,
  scalar,
  negate,
  not,
  among,
  given,
  logicArg,
  field,
  decimal,
  notCondition,
  failure,
  arith,
  compare,
  minMax,
  key: keyText,
  itemId,
  applyAggregateCaps,
  limit,
  resultHead,
  notInForce,
  writeResult,
  parseMoney,
  isMoney,
  rawScalar,
  readScalar,
  isRealDate,
  keyCount,
});

/** The number of enumerable keys of a record (`for…in`: no array allocated). */
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

type Generated<F> = (h: typeof helpers, c: readonly unknown[]) => F;

function build<F>(emit: (src: Source) => string): { fn: F; text: string } {
  const src = new Source();
  const text = emit(src);
  // the text is generated from the IR's structure only: see source.ts
  const make = new Function("H", "C", text) as Generated<F>;
  return { fn: make(helpers, src.consts), text };
}

const cache = new WeakMap<Policy, AmountsEvaluator>();

/**
 * Compiles a policy's IR to JavaScript for population-scale runs: the same awards, amounts,
 * pending items, totals and errors as `evaluatePolicy`, without explanations. Cached per
 * policy object. Throws when the IR fails validation (the IR schema and `checkPolicy`): no
 * code is generated from unchecked IR, and every value from the IR reaches the generated
 * code as a string literal or through the constants table, never as code. Needs
 * `new Function` (not available under a strict CSP).
 */
export function compileAmounts(ir: Policy): AmountsEvaluator {
  const hit = cache.get(ir);
  if (hit) return hit;
  const valid = validatePolicy(ir);
  if (!valid.ok) {
    const problems = valid.errors.map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new Error(`cannot compile policy \`${String((ir as { id?: unknown })?.id)}\`: ${problems}`);
  }
  const policy = valid.policy;
  const plan = planOf(policy);
  const evaluator = build<(facts: NormalisedFacts) => AmountsResult>((src) => emitEvaluator(plan, src));
  const reader = build<(facts: unknown, maxItems: number) => NormalisedFacts | typeof FAIL>((src) =>
    emitFactsReader(policy, src),
  );
  // facts only checked, amounts read when a clause reaches them; not for a policy with an awards
  // history, which the shared `historyOf` reads from normalised facts
  const checker =
    plan.awardsInput === null
      ? build<(facts: unknown, maxItems: number) => NormalisedFacts | typeof FAIL>((src) =>
          emitFactsReader(policy, src, "check"),
        )
      : null;
  const readFacts = (facts: unknown, options: FactsOptions = {}): FactsValidation => {
    const read = reader.fn(facts, options.maxItems ?? DEFAULT_MAX_ITEMS);
    return read === FAIL ? validateFacts(policy, facts, options) : { ok: true, facts: read as NormalisedFacts };
  };
  const checkFacts = (facts: unknown, options?: FactsOptions): FactsValidation => {
    const given = checker ? checker.fn(facts, options?.maxItems ?? DEFAULT_MAX_ITEMS) : FAIL;
    return given === FAIL ? readFacts(facts, options) : { ok: true, facts: given as NormalisedFacts };
  };
  const compiledPolicy: AmountsEvaluator = {
    evaluate: evaluator.fn,
    readFacts,
    checkFacts,
    // checkFacts written out: no object made for facts that pass the check (the population's hot path)
    run(facts, options) {
      let given = checker ? checker.fn(facts, options?.maxItems ?? DEFAULT_MAX_ITEMS) : FAIL;
      if (given === FAIL) {
        const valid = readFacts(facts, options);
        if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
        given = valid.facts;
      }
      try {
        return { ok: true, result: evaluator.fn(given as NormalisedFacts) };
      } catch (e) {
        if (!(e instanceof EvaluationError)) throw e;
        return {
          ok: false,
          kind: "eval",
          errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
        };
      }
    },
    source: { evaluator: evaluator.text, facts: reader.text },
  };
  cache.set(ir, compiledPolicy);
  return compiledPolicy;
}
