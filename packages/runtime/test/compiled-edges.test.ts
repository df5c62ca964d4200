import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Policy } from "@subsidia/ir";
import { compileAmounts, evaluate, evaluateAll, evaluateFacts } from "../src/index.js";
import {
  and,
  arith,
  article,
  call,
  clause,
  cmp,
  enumOf,
  fact,
  field,
  fixed,
  given,
  isIn,
  item,
  listOf,
  lit,
  lookup,
  money,
  neg,
  not,
  or,
  param,
  paramDecl,
  pct,
  policy,
  rate,
  recordOf,
  str,
  tiers,
  uplift,
} from "./build-ir.js";
import { factsFor } from "./compiled-arbitraries.js";
import { expectAgreement, interpreted } from "./compiled-compare.js";

const p = (path: string, type: Parameters<typeof item>[2] = "money") => item("p", path, type);
const items = (...fields: ReturnType<typeof field>[]) => field("items", listOf(field("id", "string", true), ...fields));
const D = "2027-06-01";

/** Constructs the flagship does not use, each in a small policy. */
const cases: [string, Policy][] = [
  [
    "values by date, uplift before the cap, min, max and negation",
    policy({
      inputs: [
        items(field("base", "money"), field("extra", "money", true), field("national", "boolean", true)),
        field("bonus", "number", true),
      ],
      params: [
        paramDecl("cap", "money", [[money("1000000")], [money("2000000"), "2027-01-01"]]),
        paramDecl("later", "percent", [[pct("0.1"), "2027-07-01"]]),
      ],
      articles: [
        article(4, [
          clause({
            id: "c",
            forEach: ["p", "items"],
            when: [or(p("national", "boolean"), cmp(">", arith("+", p("base"), p("extra")), money("100")))],
            award: fixed(
              call("max", call("min", p("base"), arith("*", p("extra"), lit("number", "3"))), neg(neg(money("1")))),
            ),
            uplifts: [
              uplift(pct("0.5"), "before-cap", p("national", "boolean")),
              uplift(param("later", "percent"), "after-cap"),
            ],
            caps: [param("cap", "money")],
          }),
        ]),
      ],
    }),
  ],
  [
    "pending parameters in a condition, an uplift and a total cap",
    policy({
      inputs: [items(field("base", "money"), field("flag", "boolean"))],
      params: [paramDecl("rule", "boolean", [], "由细则确定"), paramDecl("total", "money", [], "总额由细则确定")],
      articles: [
        article(5, [
          clause({
            id: "a",
            forEach: ["p", "items"],
            when: [or(p("flag", "boolean"), param("rule", "boolean"))],
            award: rate(pct("0.2"), p("base")),
          }),
        ]),
        article(6, [
          clause({
            id: "b",
            forEach: ["p", "items"],
            award: rate(pct("0.1"), p("base")),
            uplifts: [uplift(pct("0.5"), "after-cap", and(p("flag", "boolean"), param("rule", "boolean")))],
            totalCap: param("total", "money"),
          }),
        ]),
      ],
    }),
  ],
  [
    "tiers out of order, lookups with otherwise, integers as keys, up-to and funding",
    policy({
      inputs: [items(field("sales", "money"), field("phase", "integer"), field("kind", enumOf("x", "y", "z")))],
      articles: [
        article(
          10,
          [
            clause({
              id: "t",
              forEach: ["p", "items"],
              award: tiers(p("sales"), [
                [money("300"), money("30")],
                [money("100"), money("10")],
                [money("100"), money("11")],
              ]),
              funding: [
                ["province", "1"],
                ["city", "2"],
              ],
            }),
            clause({
              id: "l",
              forEach: ["p", "items"],
              when: [isIn(p("phase", "integer"), ["1", "2", "3"])],
              award: lookup(
                p("phase", "integer"),
                [
                  ["1", money("8")],
                  ["1", money("9")],
                  ["3", money("15")],
                ],
                money("1"),
              ),
              basis: "up-to",
            }),
            clause({
              id: "k",
              forEach: ["p", "items"],
              when: [not(cmp("=", p("kind", "enum"), str("z")))],
              award: lookup(p("kind", "enum"), [["x", money("2")]]),
            }),
          ],
          money("40"),
        ),
      ],
    }),
  ],
  [
    "clause and article total caps, rounding to 0.001 down, no validity",
    policy({
      validity: null,
      rounding: { unit: "0.001", mode: "down" },
      inputs: [items(field("amount", "money")), field("limit", "money", true)],
      articles: [
        article(
          12,
          [
            clause({
              id: "x",
              forEach: ["p", "items"],
              award: rate(pct("0.0333"), p("amount")),
              totalCap: fact("limit", "money"),
            }),
            clause({ id: "y", forEach: ["p", "items"], award: rate(pct("0.05"), p("amount")), caps: [money("0.125")] }),
          ],
          money("1000.0049"),
        ),
      ],
    }),
  ],
  [
    "non-monetary measures with conditions, records and given",
    policy({
      inputs: [
        field("firm", recordOf(field("size", "integer"), field("since", "date", true)), true),
        items(field("ok", "boolean")),
      ],
      articles: [
        article(7, [
          clause({ id: "firmwide", when: [given(fact("firm.since", "date"), true)], nonMonetary: "优先推荐" }),
          clause({ id: "each", forEach: ["p", "items"], when: [p("ok", "boolean")], nonMonetary: "逐项支持" }),
          clause({
            id: "both",
            when: [cmp(">=", fact("firm.size", "integer"), lit("integer", "10"))],
            award: fixed(money("5")),
            nonMonetary: "also listed",
          }),
        ]),
      ],
    }),
  ],
  [
    "rounding half even to whole yuan, up",
    policy({
      rounding: { unit: "1", mode: "half-even" },
      inputs: [items(field("amount", "money"))],
      articles: [
        article(3, [clause({ id: "h", forEach: ["p", "items"], award: rate(pct("0.5"), p("amount")) })]),
        article(4, [
          clause({ id: "u", forEach: ["p", "items"], award: fixed(arith("/", p("amount"), lit("number", "3"))) }),
        ]),
      ],
    }),
  ],
];

describe("compiled evaluation agrees with the interpreter on constructs the flagship does not use", () => {
  it.each(cases)("%s", (_name, policy) => {
    fc.assert(
      fc.property(factsFor(policy), (facts) => expectAgreement(policy, facts)),
      { numRuns: 500 },
    );
  });
});

describe("rounding agrees at the limits of the runtime's 60 digits", () => {
  const long = policy({
    inputs: [items(field("amount", "money"))],
    articles: [
      article(4, [
        clause({ id: "r", forEach: ["p", "items"], award: rate(pct("0.333"), p("amount")), caps: [] }),
        clause({ id: "u", forEach: ["p", "items"], award: fixed(p("amount")), uplifts: [uplift(pct("0.05"))] }),
        clause({ id: "f", forEach: ["p", "items"], award: fixed(p("amount")) }),
      ]),
    ],
  });
  const digits = (min: number, max: number) =>
    fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((d) => d.join(""));
  it("amounts of 40 to 70 significant digits (a fact's digits are kept; arithmetic keeps 60)", () => {
    const amount = fc
      .tuple(fc.constantFrom(..."123456789"), digits(30, 62), digits(1, 8))
      .map(([a, b, c]) => `${a}${b}.${c}`);
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.constantFrom("a", "b"), amount }), { maxLength: 3 }), (list) =>
        expectAgreement(long, { applicationDate: D, items: list }),
      ),
      { numRuns: 500 },
    );
  });
});

describe("errors are the interpreter's", () => {
  const selfDefined = policy({
    inputs: [items(field("a", "boolean"))],
    params: [
      paramDecl("r", "percent", [[arith("+", param("s", "percent"), pct("0.1"), "percent")]]),
      paramDecl("s", "percent", [[param("r", "percent")]]),
    ],
    articles: [
      article(4, [
        clause({
          id: "c",
          forEach: ["p", "items"],
          when: [not(and(p("a", "boolean"), cmp(">", param("r", "percent"), pct("0"))))],
          award: fixed(money("1")),
        }),
      ]),
    ],
  });
  it("a parameter whose value reads another parameter is refused as IR by both evaluators", () => {
    const facts = { applicationDate: D, items: [{ id: "i", a: false }] };
    const outcome = evaluate(selfDefined, facts);
    expect(outcome).toMatchObject({
      ok: false,
      kind: "ir",
      errors: [
        { path: "params[0].values[0]", message: expect.stringContaining("parameter `r`: `s` is not a constant") },
        { path: "params[1].values[0]", message: expect.stringContaining("parameter `s`: `r` is not a constant") },
      ],
    });
    expect(() => compileAmounts(selfDefined)).toThrow("is not a constant");
  });
  it("division by zero and values of different kinds name the clause", () => {
    const bad = policy({
      inputs: [items(field("n", "number"), field("s", "string"))],
      articles: [
        article(4, [
          clause({ id: "div", forEach: ["p", "items"], award: fixed(arith("/", money("1"), p("n", "number"))) }),
          clause({
            id: "kinds",
            forEach: ["p", "items"],
            when: [cmp(">", p("s", "string"), p("n", "number"))],
            award: fixed(money("1")),
          }),
        ]),
      ],
    });
    for (const n of [0, 2]) {
      const facts = { applicationDate: D, items: [{ s: "x", n }] };
      const want = interpreted(bad, facts);
      expect(want.ok).toBe(false);
      expect(compileAmounts(bad).run(facts)).toEqual(want);
    }
  });
  it("refuses IR that fails the checks instead of generating code for it", () => {
    const unchecked = policy({
      inputs: [],
      articles: [article(4, [clause({ id: "c", award: fixed(fact("nowhere", "money")) })])],
    });
    expect(() => compileAmounts(unchecked)).toThrow("unknown fact `nowhere`");
  });
  it("a hand-edited IR whose article number is code is refused by every entry point, and never runs", () => {
    const sound = policy({
      inputs: [],
      articles: [article(4, [clause({ id: "c", nonMonetary: "非货币措施" })])],
    });
    const a = sound.articles[0]!;
    const hostile = { ...sound, articles: [{ ...a, number: "4, pwned: globalThis.pwned = 1 }); ({ x: 1" }] };
    const g = globalThis as { pwned?: unknown };
    expect(() => compileAmounts(hostile as unknown as Policy)).toThrow(/articles\[0\]\.number/);
    for (const outcome of [
      evaluate(hostile, { applicationDate: D }),
      evaluateFacts(hostile as unknown as Policy, { applicationDate: D }),
    ])
      expect(outcome).toMatchObject({ ok: false, kind: "ir", errors: [{ path: "articles[0].number" }] });
    expect(evaluateAll([hostile as unknown as Policy], { applicationDate: D })).toMatchObject({
      ok: false,
      kind: "ir",
    });
    expect(g.pwned).toBeUndefined();
  });
});

describe("names and texts from the IR never become code", () => {
  const evil = [
    '"]; globalThis.pwned = 1; //',
    "a\u2028b\\",
    "`${globalThis.pwned = 2}`",
    "*/ globalThis.pwned = 3; /*",
    "</script>",
  ];
  // built by hand: the builders split paths at dots
  const read = (name: string, type: "enum" | "money") => ({ ...item(evil[0]!, "x", type), path: [name] });
  const hostile = policy({
    id: evil[0]!,
    inputs: [
      field(evil[1]!, listOf(field("id", "string", true), field(evil[2]!, enumOf(...evil)), field(evil[3]!, "money"))),
    ],
    articles: [
      article(4, [
        clause({
          id: evil[4]!,
          forEach: [evil[0]!, evil[1]!],
          when: [isIn(read(evil[2]!, "enum"), [evil[0]!])],
          award: rate(pct("0.5"), read(evil[3]!, "money")),
          nonMonetary: evil[2]!,
        }),
      ]),
    ],
  });
  it("compiles, runs and agrees with the interpreter", () => {
    fc.assert(
      fc.property(factsFor(hostile), (facts) => expectAgreement(hostile, facts)),
      { numRuns: 300 },
    );
    const r = compileAmounts(hostile).run({
      applicationDate: D,
      [evil[1]!]: [{ id: "x", [evil[2]!]: evil[0], [evil[3]!]: "10" }],
    });
    expect(r).toMatchObject({
      ok: true,
      result: { policy: evil[0], awards: [{ clause: evil[4], item: "x", amount: "5.00" }] },
    });
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
  it("leaves facts with inherited names (`constructor`, `__proto__`) to the schema", () => {
    const inherited = policy({
      inputs: [
        field("constructor", "money", true),
        field("__proto__", "boolean", true),
        items(field("toString", "money")),
      ],
      articles: [article(4, [clause({ id: "c", forEach: ["p", "items"], award: fixed(p("toString")) })])],
    });
    fc.assert(
      fc.property(factsFor(inherited), (facts) => expectAgreement(inherited, facts)),
      { numRuns: 200 },
    );
    expect(compileAmounts(inherited).source.facts).not.toContain("constructor");
  });
});
