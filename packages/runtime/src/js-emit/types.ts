import type { FactsError } from "../facts.js";
import type { Award, IrError, Result } from "../result.js";

/** An award item of the explanation-free fast path: everything of `Award` but the explanation. */
/** An award without its explanation, title and cited text: what the compiled evaluator gives. */
export type AwardAmount = Omit<Award, "explanation" | "title" | "citation" | "rules">;

/** The result of the fast path: the interpreter's `Result` with awards without explanations. */
export interface AmountsResult extends Omit<Result, "awards"> {
  awards: AwardAmount[];
}

export type AmountsOutcome =
  | { ok: true; result: AmountsResult }
  | { ok: false; kind: "facts"; errors: FactsError[] }
  | { ok: false; kind: "eval"; errors: IrError[] };
