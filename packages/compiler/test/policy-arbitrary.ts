import fc from "fast-check";

/**
 * Random policies for property tests of the formatter. A policy is built as a
 * list of tokens (valid by construction: it compiles), then written with a
 * random separator between each two tokens: spaces, line breaks, blank lines,
 * block and line comments. So the same policy appears in many layouts, with
 * comments in every position a drafter could put one.
 */

const toks = (...t: string[]): fc.Arbitrary<string[]> => fc.constant(t);

const money = fc.constantFrom("50万元", "100万元", "200万元", "1000万元", "1.5亿", "2000000", "300元", "0.5万");
const percent = fc.constantFrom("5%", "10%", "20%", "30%", "12.5%");
const member = fc.constantFrom('"a"', '"b"', '"c"');
const title = fc.constantFrom('"补助"', '"研发投入补助"', '"a \\"quoted\\" title"', '"奖励（一次性）"');

/** An expression as tokens. */
const condition: fc.Arbitrary<string[]> = fc.oneof(
  money.map((m) => ["i", ".", "amount", ">=", m]),
  member.map((m) => ["i", ".", "kind", "=", m]),
  fc.tuple(member, member).map(([a, b]) => ["i", ".", "kind", "in", "[", a, ",", b, "]"]),
  toks("i", ".", "flag"),
  toks("not", "i", ".", "flag"),
  fc.nat({ max: 5 }).map((n) => ["i", ".", "count", ">", String(n)]),
  money.map((m) => [
    "(",
    "i",
    ".",
    "flag",
    "or",
    "i",
    ".",
    "amount",
    "<",
    m,
    ")",
    "and",
    "i",
    ".",
    "kind",
    "!=",
    '"c"',
  ]),
  toks("rd", ".", "previous", "is", "not", "given"),
);

const amount: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(percent, fc.boolean()).map(([p, param]) => [...(param ? ["rate"] : [p]), "of", "i", ".", "amount"]),
  money.map((m) => [m]),
  toks("later"),
  money.map((m) => ["rate", "*", "i", ".", "amount", "+", m]),
  money.map((m) => ["min", "(", "i", ".", "amount", ",", m, ")", "*", "2"]),
  toks(
    "tiers",
    "of",
    "i",
    ".",
    "amount",
    "{",
    "at",
    "least",
    "100万元",
    ":",
    "10万元",
    "at",
    "least",
    "1000万元",
    ":",
    "50万元",
    "}",
  ),
  fc
    .tuple(money, money)
    .map(([a, b]) => ["by", "i", ".", "kind", "{", '"a"', ":", a, ",", '"b"', ":", b, "otherwise", ":", "1万元", "}"]),
  toks("up", "to", "by", "i", ".", "count", "{", "1", ":", "800万元", "2", ":", "1000万元", "}"),
);

const entry: fc.Arbitrary<string[]> = fc.oneof(
  condition.map((c) => ["when", ...c]),
  money.map((m) => ["cap", m]),
  fc
    .tuple(percent, fc.constantFrom([], ["before", "cap"], ["after", "cap"]), fc.boolean())
    .map(([p, order, when]) => ["uplift", p, ...order, ...(when ? ["when", "i", ".", "flag"] : [])]),
  fc.array(title, { minLength: 1, maxLength: 3 }).map((parts) => ["text", ...parts]),
  toks("funded", "by", "province", "1", ",", "city", "1"),
  toks("stack", '"key"'),
);

const clause = (n: number): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.option(title, { nil: undefined }),
      amount,
      fc.array(entry, { maxLength: 4 }),
      fc.array(entry, { maxLength: 3 }),
    )
    .map(([t, a, before, after]) => {
      const seen = new Set<string>();
      return [
        "clause",
        `c${n}`,
        ...(t ? [t] : []),
        "for",
        "each",
        "i",
        "in",
        "items",
        "{",
        ...once(before, seen).flat(),
        "award",
        ...a,
        ...once(after, seen).flat(),
        "}",
      ];
    });

/** `funded by` and `stack` may be given once in a clause. */
function once(entries: string[][], seen: Set<string>): string[][] {
  return entries.filter((e) => {
    const head = e[0] ?? "";
    if (head !== "funded" && head !== "stack") return true;
    if (seen.has(head)) return false;
    seen.add(head);
    return true;
  });
}

const article = (n: number, clauses: number): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.array(title, { minLength: 1, maxLength: 2 }),
      fc.tuple(...Array.from({ length: clauses }, (_, i) => clause(n * 10 + i))),
      fc.boolean(),
    )
    .map(([text, cs, total]) => [
      "article",
      String(n),
      '"第条"',
      "{",
      "text",
      ...text,
      "units",
      '"省财政厅"',
      ",",
      '"省科技厅"',
      ...(total ? ["cap", "total", "3000万元"] : []),
      ...cs.flat(),
      "}",
    ]);

const item = fc
  .tuple(fc.constantFrom('"x"', '"y"'), money, member, fc.boolean(), fc.nat({ max: 3 }))
  .map(([id, m, k, f, c]) => [
    "{",
    "id",
    ":",
    id,
    ",",
    "amount",
    ":",
    m,
    ",",
    "kind",
    ":",
    k,
    ",",
    "flag",
    ":",
    String(f),
    ",",
    "count",
    ":",
    String(c),
    "}",
  ]);

const test = (clauses: string[]): fc.Arbitrary<string[]> =>
  fc
    .tuple(fc.array(item, { maxLength: 3 }), fc.constantFrom(...clauses), money)
    .map(([items, c, m]) => [
      "test",
      '"a test"',
      "{",
      "facts",
      "{",
      "applicationDate",
      ":",
      "2026-06-30",
      ",",
      "items",
      ":",
      "[",
      ...items.flat(),
      "]",
      "}",
      "expect",
      "award",
      c,
      "for",
      '"x"',
      "=",
      m,
      "expect",
      "no",
      "award",
      c,
      "expect",
      "up",
      "to",
      "total",
      "=",
      "0",
      "expect",
      "in",
      "force",
      "}",
    ]);

const DECLARATIONS = [
  "policy",
  '"generated-1"',
  "{",
  "title",
  '"生成的政策"',
  "issued",
  "2026-02-13",
  "valid",
  "from",
  "2026-02-13",
  "to",
  "2028-12-31",
  "on",
  "applicationDate",
  "stacking",
  "highest",
  '"从优"',
  "rounding",
  "0.01",
  "half",
  "up",
  "}",
  "input",
  "applicationDate",
  ":",
  "date",
  '"申请日期"',
  "input",
  "items",
  ":",
  "list",
  '"项目"',
  "{",
  "id",
  ":",
  "string",
  '"编号"',
  "amount",
  ":",
  "money",
  '"金额"',
  "kind",
  ":",
  "enum",
  "(",
  '"a"',
  ",",
  '"b"',
  ",",
  '"c"',
  ")",
  '"类别"',
  "flag",
  ":",
  "boolean",
  "count",
  ":",
  "integer",
  "}",
  "input",
  "rd",
  ":",
  "optional",
  "record",
  '"研发"',
  "{",
  "current",
  ":",
  "money",
  "previous",
  ":",
  "optional",
  "money",
  "}",
  "param",
  "rate",
  ":",
  "percent",
  "=",
  "30%",
  '"比例"',
  "param",
  "later",
  ":",
  "money",
  "=",
  "100万元",
  ",",
  "200万元",
  "from",
  "2027-01-01",
];

/** A policy's tokens: header, inputs, parameters, one to three articles and a test. */
export const policyTokens: fc.Arbitrary<string[]> = fc.integer({ min: 1, max: 3 }).chain((articles) =>
  fc.tuple(...Array.from({ length: articles }, (_, a) => article(a + 1, 1 + (a % 2)))).chain((arts) => {
    const clauses = arts.flat().filter((_t, i, all) => all[i - 1] === "clause");
    return test(clauses).map((t) => [...DECLARATIONS, ...arts.flat(), ...t]);
  }),
);

/** What may stand between two tokens. */
const separator = fc.oneof(
  { weight: 12, arbitrary: fc.constant(" ") },
  { weight: 3, arbitrary: fc.constantFrom("\n", "\n  ", "\n\n", "   ", "\t") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      " /* note */ ",
      " // 注释\n",
      "\n// a whole line\n",
      "/* b */",
      "\n\n/* many\n   lines */\n",
    ),
  },
);

/** A random policy text: tokens joined by random separators. */
export const policyText: fc.Arbitrary<string> = policyTokens.chain((tokens) =>
  fc
    .array(separator, { minLength: tokens.length, maxLength: tokens.length })
    .map((seps) => tokens.map((t, i) => t + seps[i]).join("")),
);
