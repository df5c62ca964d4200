import fc from "fast-check";
import type { Award } from "@subsidia/ir";
import { evaluateFacts, validateFacts } from "@subsidia/runtime";
import { checkFacts } from "./check-evaluation.js";
import { checkIr } from "./check-ir.js";
import { checkPolicyText } from "./check-text.js";
import { factsFor } from "./facts.js";
import { applyIrEdits, irEdits, type IrEdit } from "./ir-edits.js";
import { must, show } from "./must.js";
import { compiledSeed, compiledSeeds, compiledSource } from "./policies.js";
import { policyText } from "./texts.js";

/**
 * Facts for a policy of the repository (`policy`, a seed's name) or for the policy text in
 * `source`, and what must come out beside the facts oracle (corpus entries only).
 */
export interface FactsInput {
  policy: string;
  source?: string;
  facts: unknown;
  /** refused with an error at this path (or below it); or this total, or refused when `orRefused` */
  expect?: { refused: string } | { total: string; orRefused?: boolean };
}
/** Hand edits of a repository policy's IR, and facts to run it on; `deepen` nests the first award that deep. */
export interface IrInput {
  policy: string;
  edits?: IrEdit[];
  deepen?: number;
  facts: unknown;
}

/** One fuzz target: what it generates, the oracle of one input, and the corpus folder and file form of an input. */
export interface Target<T> {
  name: "policy" | "facts" | "ir";
  input: fc.Arbitrary<T>;
  check(input: T, file?: string): void;
  extension: "subsidia" | "json";
  serialise(input: T): string;
  parse(content: string): T;
}

const json = <T>(x: T): string => `${JSON.stringify(x, null, 2)}\n`;

export const policyTarget: Target<string> = {
  name: "policy",
  input: policyText,
  check: (text, file) => checkPolicyText(text, file),
  extension: "subsidia",
  serialise: (text) => text,
  parse: (content) => content,
};

const seedPolicy = fc.constantFrom(...compiledSeeds);

export const factsTarget: Target<FactsInput> = {
  name: "facts",
  input: seedPolicy.chain(({ name, ir }) => factsFor(ir).map((facts): FactsInput => ({ policy: name, facts }))),
  check: ({ policy, source, facts, expect }) => {
    const ir = source === undefined ? compiledSeed(policy) : compiledSource(source, policy);
    checkFacts(ir, facts);
    if (expect === undefined) return;
    const valid = validateFacts(ir, facts);
    if ("refused" in expect) {
      must(!valid.ok, `facts accepted; expected an error at \`${expect.refused}\``);
      must(
        valid.errors.some(
          (e) =>
            e.path === expect.refused ||
            e.path.startsWith(`${expect.refused}.`) ||
            e.path.startsWith(`${expect.refused}[`),
        ),
        `no error at \`${expect.refused}\`: ${show(valid.errors)}`,
      );
    } else {
      const outcome = evaluateFacts(ir, facts);
      if (!outcome.ok && expect.orRefused === true && outcome.kind === "facts") return;
      must(outcome.ok && outcome.result.total === expect.total, `expected total ${expect.total}: ${show(outcome)}`);
    }
  },
  extension: "json",
  serialise: json,
  parse: (content) => JSON.parse(content) as FactsInput,
};

export const irTarget: Target<IrInput> = {
  name: "ir",
  input: seedPolicy.chain(({ name, ir }) =>
    fc.tuple(irEdits(ir), factsFor(ir)).map(([edits, facts]): IrInput => ({ policy: name, edits, facts })),
  ),
  check: (input) => checkIr(irOf(input), input.facts),
  extension: "json",
  serialise: json,
  parse: (content) => JSON.parse(content) as IrInput,
};

export const targets = [policyTarget, factsTarget, irTarget] as const;

/** The IR of an input: the seed's, edited, its first award nested `deepen` levels deep. */
export function irOf({ policy, edits = [], deepen = 0 }: IrInput): unknown {
  const ir = applyIrEdits(compiledSeed(policy), edits) as { articles?: { clauses?: { award?: Award }[] }[] };
  if (deepen === 0) return ir;
  const award = (ir.articles ?? []).flatMap((a) => a?.clauses ?? []).find((c) => c?.award?.kind === "amount")?.award;
  if (award?.kind !== "amount") throw new Error(`\`${policy}\` has no award of an amount to deepen`);
  const span = award.amount.span;
  let amount: Record<string, unknown> = award.amount;
  const zero = { k: "lit", type: "money", value: "0", src: "0元", span };
  for (let i = 0; i < deepen; i++)
    amount = { k: "arith", op: "+", left: amount, right: zero, type: "money", src: "…", span };
  (award as { amount: unknown }).amount = amount;
  return ir;
}
