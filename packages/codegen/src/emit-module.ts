import type { Policy } from "@subsidia/ir";
import { jsdoc, str } from "./escape.js";

function validity(ir: Policy): string | undefined {
  const v = ir.validity;
  return v ? `In force from ${v.from} to ${v.to} (both included), by the fact \`${v.dateInput}\`.` : undefined;
}

/** `index.ts` of a policy module: the embedded IR, facts validation and a typed `evaluate`. */
export function emitModule(ir: Policy): string {
  const about = [
    `${ir.title} (\`${ir.id}\`)`,
    ir.issuer ? `Issued by ${ir.issuer}${ir.issued ? ` on ${ir.issued}` : ""}.` : undefined,
    validity(ir),
  ];
  return `import { Policy } from "@subsidia/ir";
import {
  evaluateFacts as evaluateIr,
  factsSchema as factsSchemaOf,
  validateFacts as validateFactsOf,
  type NormalisedFacts,
} from "@subsidia/runtime";
import type { ZodType } from "zod";
import type { Facts, FactsError } from "./facts.js";
import { irJson } from "./ir.js";
import type { ArticleNumber, AwardOf, Outcome, Result } from "./result.js";

export type * from "./facts.js";
export type * from "./result.js";
export { factsJsonSchema } from "./facts-json-schema.js";

/** The policy's id, as in its header and in every result. */
export const id = ${str(ir.id)};

/** The policy's title. */
export const title = ${str(ir.title)};

${jsdoc([...about, "The compiled policy (IR) evaluated by this module, checked against the IR schema when the module loads; the policy's own tests are left out."])}export const policy: Policy = Policy.parse(irJson);

/**
 * The zod schema of the facts: the runtime's own validation, so its error messages and
 * paths are exactly those \`evaluate\` reports. Parsing normalises the facts (amounts
 * become decimals, absent lists empty).
 */
export const factsSchema = factsSchemaOf(policy) as unknown as ZodType<NormalisedFacts, Facts>;

/** Checks facts that come from outside (a form, a request body); on success they are typed \`Facts\`. */
export function validateFacts(input: unknown): { ok: true; facts: Facts } | { ok: false; errors: FactsError[] } {
  const checked = validateFactsOf(policy, input);
  return checked.ok ? { ok: true, facts: input as Facts } : { ok: false, errors: checked.errors as FactsError[] };
}

${jsdoc([...about, 'Evaluates one applicant\'s facts with exact decimal money and explains every award; with `{ whyNot: true }` also why each clause not paid was not (`notAwarded`). Never throws for bad facts: invalid facts come back as `{ ok: false, kind: "facts", errors }`, each error with the path of the offending fact.'])}export function evaluate(facts: Facts, options: { whyNot?: boolean } = {}): Outcome {
  return evaluateIr(policy, facts, options) as Outcome;
}

/** The award items of one article, typed by that article's clauses. */
export function awardsOf<A extends ArticleNumber>(result: Result, article: A): AwardOf<A>[] {
  return result.awards.filter((award): award is AwardOf<A> => award.article === article);
}
`;
}
