import type { Expr, Policy } from "@subsidia/ir";
import { compile } from "@subsidia/compiler";
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

function refusal(amount: Expr): SqlCompileError {
  try {
    compilePolicy(withAmount(amount));
  } catch (x) {
    expect(x).toBeInstanceOf(SqlCompileError);
    return x as SqlCompileError;
  }
  throw new Error("not refused");
}

test("`award of` a clause that is not evaluated before is refused with its text and clause", () => {
  const err = refusal({ k: "awardOf", clause: "other", type: "money", src: "award of other", span });
  expect(err.message).toMatch(/`award of other` reads a clause that is not evaluated before it/);
  expect(err.path).toMatch(/^art\d+\./);
});

test("steps of 3元 are refused: the division by the step would not be exact", () => {
  const e = {
    k: "steps",
    amount: money("1"),
    step: money("3"),
    of: money("10"),
    type: "money",
    src: "1元 per 3元 of 10元",
    span,
  };
  expect(refusal(e as Expr).message).toMatch(/the step of `1元 per 3元 of 10元` must be one constant above 0/);
});

test("a lookup with no `otherwise` keyed by a number is refused (its failure names the key)", () => {
  const key: Expr = { k: "lit", type: "integer", value: "2", src: "2", span };
  const e = {
    k: "lookup",
    key,
    cases: [{ match: "1", value: money("1"), span }],
    type: "money",
    src: "by 2 { 1: 1元 }",
    span,
  };
  expect(refusal(e as Expr).message).toMatch(/`by 2 \{ 1: 1元 \}` needs an `otherwise` case/);
});

test("a date shifted by an integer without a declared range is refused (it may pass 100000)", () => {
  const source = `policy "p" {
  title "t"
}
input registered: date "注册日期"
input term: integer "期限"
article 1 "a" {
  text "t"
  clause c {
    when registered + term years >= 2026-01-01
    award 1元
  }
}
`;
  const out = compile(source, "shift.subsidia");
  expect(out.ir, JSON.stringify(out.diagnostics)).toBeTruthy();
  expect(() => compilePolicy(out.ir!)).toThrow(
    /the count of `registered \+ term years` must be a constant or a whole number of at most 5 digits/,
  );
});
