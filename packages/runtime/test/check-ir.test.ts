import { describe, expect, it } from "vitest";
import { checkPolicy, evaluate } from "../src/index.js";
import { article, clause, fact, field, fixed, item, listOf, money, param, policy, recordOf } from "./build-ir.js";

describe("IR checks beyond the schema", () => {
  it("finds undeclared facts, fields, parameters and items out of scope", () => {
    const p = policy({
      inputs: [field("xs", listOf(field("a", "money"))), field("r", recordOf(field("b", "money")))],
      articles: [
        article(1, [
          clause({
            id: "c1",
            forEach: ["x", "xs"],
            when: [fact("nope", "boolean")],
            award: fixed(item("x", "zz", "money")),
            totalCap: item("x", "a", "money"),
          }),
          clause({
            id: "c1",
            award: fixed(param("missing", "money")),
            caps: [fact("r", "money"), fact("r.b.c", "money"), fact("xs", "money")],
          }),
          clause({ id: "c3", forEach: ["y", "r"], award: fixed(money("1")) }),
        ]),
      ],
    });
    expect(checkPolicy(p).map((e) => `${e.path}: ${e.message}`)).toEqual([
      "articles[0].clauses[0].conditions[0]: unknown fact `nope`",
      "articles[0].clauses[0].award.amount: unknown field of `x` `zz`",
      "articles[0].clauses[0].totalCap: `x` is not an item in scope here",
      "articles[0].clauses[1]: clause id `c1` is used twice",
      "articles[0].clauses[1].award.amount: unknown parameter `missing`",
      "articles[0].clauses[1].caps[0]: `r` is a record, not a value",
      "articles[0].clauses[1].caps[1]: `r.b` is a money, it has no fields",
      "articles[0].clauses[1].caps[2]: `xs` is a list; read its items with `for each`",
      "articles[0].clauses[2].forEach: `r` is not a list input",
    ]);
    expect(evaluate(p, { applicationDate: "2026-06-01" })).toMatchObject({ ok: false, kind: "ir" });
  });
  it("checks the date input and the rounding unit", () => {
    const p = policy({
      validity: ["2026-01-01", "2026-12-31", "when"],
      inputs: [field("when", "string")],
      rounding: { unit: "0", mode: "half-up" },
      articles: [],
    });
    expect(checkPolicy(p).map((e) => e.path)).toEqual(["validity.dateInput", "rounding.unit"]);
  });
});
