import type { Expr, Policy } from "@subsidia/ir";
import { expect, test } from "vitest";
import { compilePolicy, SqlCompileError } from "../src/index.js";
import { suitePolicies } from "./conformance/policies.js";

/**
 * A construct of the language that SQL does not compile yet is refused with its text and the
 * clause, never compiled without it: the amounts would be silently wrong.
 */
const flagship = suitePolicies().find((p) => p.name.endsWith("biomanufacturing-2026.subsidia"))!.policy;

/** The flagship with the first amount award's amount replaced by `amount`. */
function withAmount(amount: Expr): Policy {
  const copy = structuredClone(flagship) as Policy;
  for (const a of copy.articles)
    for (const c of a.clauses)
      if (c.award?.kind === "amount") {
        c.award.amount = amount;
        return copy;
      }
  throw new Error("the flagship has no amount award");
}

const span = { line: 1, column: 1, offset: 0, length: 1 };
const money = (value: string): Expr => ({ k: "lit", type: "money", value, src: `${value}元`, span });

test("the flagship compiles", () => {
  expect(() => compilePolicy(flagship)).not.toThrow();
});

test("an `if` expression is refused with its text and clause", () => {
  const cond: Expr = { k: "lit", type: "boolean", value: true, src: "true", span };
  const e = {
    k: "if",
    cond,
    // biome-ignore lint/suspicious/noThenProperty: the IR names the branches of `if` so
    then: money("1"),
    else: money("2"),
    type: "money",
    src: "if true then 1元 else 2元",
    span,
  };
  const err = (() => {
    try {
      compilePolicy(withAmount(e as Expr));
    } catch (x) {
      return x;
    }
  })();
  expect(err).toBeInstanceOf(SqlCompileError);
  expect((err as SqlCompileError).message).toMatch(/`if true then 1元 else 2元` is not compiled to SQL yet/);
  expect((err as SqlCompileError).path).toMatch(/^art\d+\./);
});

test("a stacking rule of the policy is refused", () => {
  const copy = structuredClone(flagship) as Policy;
  const first = copy.articles.find((a) => a.clauses.length > 1)!;
  first.exclusive = [{ members: first.clauses.map((c) => c.id), span }];
  expect(() => compilePolicy(copy)).toThrow(/stacking rule .* is not compiled to SQL yet/);
});
