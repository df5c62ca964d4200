import { compile } from "@subsidia/compiler";
import { expect, test } from "vitest";
import { compilePolicy, SqlCompileError } from "../src/index.js";

/**
 * A division by a constant without a finite reciprocal is compiled only where a truncated quotient
 * cannot change the amount (`compile-quotient.ts`): the amount's last operation, then caps by
 * constants, the history and rounding half up or down. Elsewhere it is refused, with its text.
 */
function policy(award: string, more = "", rounding = "") {
  const source = `policy "q" {
  title "q"${rounding ? `\n  rounding ${rounding}` : ""}
}
input spend: money "支出"
article 1 "a" {
  clause third {
    award ${award}
    ${more}
  }
}
`;
  const out = compile(source, "q.subsidia");
  if (!out.ir) throw new Error(JSON.stringify(out.diagnostics));
  return out.ir;
}

const refusal = (p: ReturnType<typeof policy>) => {
  try {
    compilePolicy(p);
  } catch (e) {
    expect(e).toBeInstanceOf(SqlCompileError);
    return (e as Error).message;
  }
  return "compiled";
};

test("the amount's last division, capped and rounded half up, compiles", () => {
  expect(refusal(policy("spend / 3", "cap 10万元"))).toBe("compiled");
  expect(refusal(policy("spend / 3", "", "0.01 down"))).toBe("compiled");
});

test("a division that a later step could tell from its truncation is refused", () => {
  const why = /`spend \/ 3` cannot be computed exactly in SQL/;
  expect(refusal(policy("spend / 3 * 2"))).toMatch(/cannot be computed exactly in SQL/);
  expect(refusal(policy("spend / 3", "uplift 10% after cap"))).toMatch(why);
  expect(refusal(policy("spend / 3", "", "0.01 half even"))).toMatch(why);
  expect(refusal(policy("spend / 3", "cap spend"))).toMatch(why);
});
