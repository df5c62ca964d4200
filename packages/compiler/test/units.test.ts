import { describe, expect, test } from "vitest";
import { compile, printClause } from "../src/index.js";

/** Compiles one clause over a small set of inputs; returns its printed IR or its diagnostics. */
function clause(body: string): { ir?: string; errors: string[] } {
  const text = `policy "u" { title "t" }
input p: record "r" {
  amount: money "m"
  rate: percent "r"
  count: integer "c"
  share: number "s"
  day: date "d"
  kind: enum("a", "b") "k"
  flag: boolean "f"
  note: optional string "n"
}
param limit: money = 100万元 "c"
article 1 "a" {
  text "t"
  clause c {
${body}
  }
}
`;
  const r = compile(text, "u.subsidia");
  const c = r.ir?.articles[0]?.clauses[0];
  return {
    ...(c ? { ir: printClause(c) } : {}),
    errors: r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`),
  };
}

describe("units of arithmetic", () => {
  test.each([
    ["award 30% of p.amount", "(award (rate 0.3:percent (fact p.amount :money)))"],
    ["award p.rate * p.amount", "(award (amount (* (fact p.rate :percent) (fact p.amount :money) :money)))"],
    ["award p.amount * 2", "(award (amount (* (fact p.amount :money) 2:integer :money)))"],
    ["award p.amount / p.count", "(award (amount (/ (fact p.amount :money) (fact p.count :integer) :money)))"],
    ["award p.amount + 2000000", "(award (amount (+ (fact p.amount :money) 2000000:money :money)))"],
    ["award p.amount - limit", "(award (amount (- (fact p.amount :money) (param limit :money) :money)))"],
    ["award max(p.amount, 1万元)", "(award (amount (max (fact p.amount :money) 10000:money :money)))"],
    [
      "award p.amount * (1 + p.rate)",
      "(award (amount (* (fact p.amount :money) (+ 1:integer (fact p.rate :percent) :percent) :money)))",
    ],
  ])("`%s` compiles to %s", (body, printed) => {
    const r = clause(`    ${body}`);
    expect(r.errors).toEqual([]);
    expect(r.ir).toBe(`(clause c ${printed})`);
  });

  test.each([
    ["award p.amount + p.rate", "T001 cannot apply `+` to money `p.amount` and percent `p.rate`"],
    ["award p.amount * p.amount", "T001 cannot apply `*` to money `p.amount` and money `p.amount`"],
    ["award p.rate of p.day", "T004 the base of a rate must be money; `p.day` is date"],
    ["award p.day + 1", "T014 cannot add integer `1` to a date; expected a duration such as `3 years`"],
    ["award p.rate", "T004 an award must be money; `p.rate` is percent"],
    ["award p.amount\n    cap p.count", "T006 a cap must be money; `p.count` is integer"],
    ["award p.amount of p.amount", "T005 the rate must be a percent such as `30%`; `p.amount` is money"],
  ])("`%s` is rejected: %s", (body, message) => {
    const r = clause(`    ${body}`);
    expect(r.errors[0]).toContain(message);
  });
});

describe("dates", () => {
  test("two dates subtracted and compared with a duration: one error, with `years between` in its help", () => {
    const r = compile(
      `policy "u" { title "t" }\ninput a: date "a"\ninput b: date "b"\n` +
        `article 1 "a" { text "t"\n clause c { when b - a < 3 years\n award 1元 } }\n`,
      "u.subsidia",
    );
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.code} ${d.span.line}:${d.span.column}`)).toEqual(["T014 5:18"]);
    expect(errors[0]?.help).toContain("`days between a and b`");
  });
});

describe("wrong input for the second wave's constructs", () => {
  const policy = (body: string) =>
    compile(
      `policy "u" {\n  title "t"\n  valid from 2020-01-01 to 2030-12-31 on d\n}\ninput d: date "d"\n` +
        `input awarded: awards "a"\ninput xs: list "x" {\n  id: string "i"\n  kind: enum("a", "b") "k"\n` +
        `  ok: boolean "o"\n  m: money "m"\n}\narticle 1 "a" {\n  text "t"\n${body}\n}\n`,
      "u.subsidia",
    ).diagnostics.filter((x) => x.severity === "error");
  test.each([
    ["  budget 10%", "T006", "a budget must be money; `10%` is percent"],
    ["  clause c for each p in xs {\n    select top 3 by p.kind\n    award 1万元\n  }", "S011", "`p.kind` is enum"],
    ["  clause c for each p in xs {\n    select top 3 by p.ok\n    award 1万元\n  }", "S011", "`p.ok` is boolean"],
    ["  clause c for each p in xs {\n    award p.m\n    cap 5万元 over 0 years\n  }", "T007", "`over 0 years`"],
  ])("`%s`: %s %s", (body, code, message) => {
    const [first, ...rest] = policy(body);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code });
    expect(first?.message).toContain(message);
    expect(first?.help).not.toContain("integer from");
  });
  test("a ratio of two amounts compared with a percent: T002, with the product to write in its help", () => {
    const [first, ...rest] = policy("  clause c for each p in xs {\n    when p.m / p.m >= 60%\n    award 1万元\n  }");
    expect(rest).toEqual([]);
    expect(first?.message).toBe(
      "cannot compare number `p.m / p.m` with percent `60%`: a ratio of two amounts is a number",
    );
    expect(first?.help).toContain("`p.m >= 60% * p.m`");
  });
  test("`select top` by a score, an amount or a date is accepted", () => {
    expect(policy("  clause c for each p in xs {\n    select top 3 by p.m\n    award 1万元\n  }")).toEqual([]);
  });
});

describe("conditions", () => {
  test.each([
    ["when p.amount >= 100万元", "(when (>= (fact p.amount :money) 1000000:money))"],
    ["when p.amount >= 1000000", "(when (>= (fact p.amount :money) 1000000:money))"],
    ["when p.day >= 2026-01-01", "(when (>= (fact p.day :date) 2026-01-01:date))"],
    ['when p.kind = "a" or not p.flag', "(when (or (= (fact p.kind :enum) a:string) (not (fact p.flag :boolean))))"],
    [
      'when p.kind in ["a", "b"] and p.note is given',
      "(when (and (in (fact p.kind :enum) a b) (given (fact p.note :string))))",
    ],
    [
      "when p.count > 2 and p.share < 1.5",
      "(when (and (> (fact p.count :integer) 2:integer) (< (fact p.share :number) 1.5:number)))",
    ],
  ])("`%s` compiles to %s", (cond, printed) => {
    const r = clause(`    ${cond}\n    award 1万元`);
    expect(r.errors).toEqual([]);
    expect(r.ir).toBe(`(clause c ${printed} (award (amount 10000:money)))`);
  });

  test.each([
    ["when p.amount >= p.day", "T002 cannot compare money `p.amount` with date `p.day`"],
    ["when p.amount", "T003 expected a condition (true or false); `p.amount` is money"],
    ['when p.kind = "c"', "N006 `c` is not a member of `p.kind`; expected `a` or `b`"],
    ['when p.kind in ["a", "x"]', "N006 `x` is not a member of `p.kind`"],
    [
      "when p.amout > 1",
      "N002 unknown field `amout`; expected one of `amount`, `rate`, `count`, `share`, `day`, `kind`, `flag` or `note`; did you mean `amount`?",
    ],
    ["when q.amount > 1", "N001 unknown name `q`; expected an input or a parameter; did you mean `p`?"],
    ["when p.rate > 0.5", "T002 cannot compare percent `p.rate` with number `0.5`"],
    ["when p.flag > 1", "T002 `>` compares amounts, numbers, percents or dates; `p.flag` is boolean"],
    ["when p.day >= 2026-02-30", "T010 `2026-02-30` is not a real date"],
    ["when abs(p.amount) > 1", "N007 unknown function `abs`; expected `min`, `max`, `floor`, `ceil` or `year`"],
  ])("`%s` is rejected: %s", (cond, message) => {
    const r = clause(`    ${cond}\n    award 1万元`);
    expect(r.errors[0]).toContain(message);
  });
});

describe("ranges of numbers", () => {
  const policy = (type: string) => `policy "r" { title "t" }
input items: list "i" {
  id: string "id"
  n: ${type} "n"
}
article 1 "a" {
  text "t"
  clause c for each i in items {
    award by i.n { 1: 1万元, 2: 2万元 }
  }
}
`;
  test("`integer from 1 to 3` keeps its bounds in the IR", () => {
    const r = compile(policy("integer from 1 to 3"), "r.subsidia");
    expect(r.ir?.inputs[0]?.type).toMatchObject({
      kind: "list",
      fields: [{ name: "id" }, { name: "n", type: { kind: "integer", min: "1", max: "3" } }],
    });
  });
  test.each([
    ["integer from 3 to 1", "T007 the range ends (`1`) below where it starts (`3`)"],
    ["integer from 1 to 2.5", "T007 an integer range needs whole numbers; got `2.5`"],
    ["money from 1 to 3", "T007 a range `from … to …` applies to `integer` and `number` inputs; `money` has none"],
  ])("`%s` is rejected: %s", (type, message) => {
    const r = compile(policy(type), "r.subsidia");
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)[0]).toContain(
      message,
    );
  });
});

test("a fact named like a property every JavaScript object has is rejected", () => {
  const r = compile(
    `policy "r" { title "t" }
input constructor: money "c"
input items: list "i" {
  __proto__: string "p"
}
`,
    "r.subsidia",
  );
  expect(
    r.diagnostics.filter((d) => d.code === "T007").map((d) => `${d.span.line}:${d.span.column} ${d.message}`),
  ).toEqual([
    "2:7 `constructor` cannot name a fact: JavaScript objects already use it; choose another name",
    "4:3 `__proto__` cannot name a fact: JavaScript objects already use it; choose another name",
  ]);
});
