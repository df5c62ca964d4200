import { describe, expect, it } from "vitest";
import {
  type ArticleDecl,
  type ClauseDecl,
  type ClauseEntry,
  format,
  moneyCurrency,
  moneyToYuan,
  parse,
} from "../src/index.js";
import { parseExpr, parseOk, show } from "./helpers.js";

/** The constructs of language wave 2: what they parse to, how they print, and their syntax errors. */

const article = (body: string): ArticleDecl => parseOk(`article 7 "标题" {\n${body}\n}`).items[0] as ArticleDecl;
const entries = (body: string): ClauseEntry[] => (article(`clause c {\n${body}\n}`).entries[0] as ClauseDecl).entries;

describe("expressions", () => {
  it.each([
    ["if a > 1 then 1% else 0.5%", "(if (> a 1) 1% 0.5%)"],
    ["if a then 1 else if b then 2 else 3", "(if a 1 (if b 2 3))"],
    [
      `by p.kind { "a", "b": 1万元, 3: 2万元, otherwise: 0元 }`,
      `(by p.kind ("a" "b" 1万元) (3 2万元) (otherwise 0元))`,
    ],
    ["500元 per 100万元 of (x - y)", "(per 500元 100万元 [(- x y)])"],
    ["20万元 per 10亿元 of c.revenue new since c.best", "(per 20万元 10亿元 c.revenue (since c.best))"],
    ["10万元 + 5万元 per 10万元 of x * 2", "(+ 10万元 (* (per 5万元 10万元 x) 2))"],
    ["p.registered + 3 years", "(+ p.registered (years 3))"],
    ["d - (p.age) months + 90 days", "(+ (- d (months [p.age])) (days 90))"],
    ["years between a and b < 3", "(< (years-between a b) 3)"],
    ["award of contest > 0 and x", "(and (> (award-of contest) 0) x)"],
    ["p.usd at usdRate * 2% + 1", "(+ (* (at p.usd usdRate) 2%) 1)"],
    ["floor(x / 2) + year(d)", "(+ (floor (/ x 2)) (year d))"],
  ])("%s", (source, expected) => {
    expect(show(parseExpr(source))).toBe(expected);
  });
});

describe("clause entries", () => {
  it("reads caps over years, once, less received, pay, select, one per and rules", () => {
    const es = entries(`award 10% to 30% of p.x
      cap 300万元 over lifetime
      cap total 2000万元 over 3 years
      once "只奖励一次"
      less received
      pay 40% on p.a "立项", 60% on p.b + 1 years "验收"
      select top 5 per p.kind by p.score descending "每类不超过5个"
      one per p.project keep highest "就高"
      rule "《管理办法》" "文号"`);
    expect(es.map((e) => e.kind)).toEqual([
      "Award",
      "Cap",
      "TotalCap",
      "Once",
      "LessReceived",
      "Pay",
      "Select",
      "OnePer",
      "Rule",
    ]);
    const [award, cap, total, once, , pay, select, one, rule] = es;
    expect(award?.kind === "Award" && award.low && show(award.low)).toBe("10%");
    expect(award).toMatchObject({ award: { kind: "AwardRate", rate: { text: "30%" } } });
    expect(cap).toMatchObject({ over: { years: undefined } });
    expect(total).toMatchObject({ over: { years: { value: "3" } } });
    expect(once).toMatchObject({ reason: { value: "只奖励一次" } });
    expect(pay?.kind === "Pay" && pay.instalments.map((i) => [show(i.share), show(i.on), i.label.value])).toEqual([
      ["40%", "p.a", "立项"],
      ["60%", "(+ p.b (years 1))", "验收"],
    ]);
    expect(select).toMatchObject({ mode: "top", count: { value: "5" }, order: "descending" });
    expect(select?.kind === "Select" && [show(select.by), select.per && show(select.per)]).toEqual([
      "p.score",
      "p.kind",
    ]);
    expect(one?.kind === "OnePer" && show(one.key)).toBe("p.project");
    expect(rule).toMatchObject({ title: { value: "《管理办法》" }, number: { value: "文号" } });
  });

  it("a lookup alone after `award` is a lookup award; with `of` it is a rate", () => {
    const [alone] = entries(`award by p.k { "a": 1万元 }`);
    const [rate] = entries(`award by p.k { "a": 10%, otherwise: 5% } of p.x`);
    expect(alone).toMatchObject({ award: { kind: "AwardLookup", cases: [{ matches: [{ value: "a" }] }] } });
    expect(rate).toMatchObject({ award: { kind: "AwardRate", rate: { kind: "Lookup" } } });
  });

  it("reads tiers newly reached since a previous value", () => {
    const [e] = entries(`award tiers of c.revenue new since c.best { at least 1亿元: 10万元 }`);
    expect(e?.kind === "Award" && e.award.kind === "AwardTiers" && e.award.since && show(e.award.since)).toBe("c.best");
  });

  it("reads exclusive groups, budgets and rules in an article", () => {
    const a = article(`text "t"
      exclusive "只选一种" { a, b } keep highest
      budget 5000万元 "年度资金总额"
      rule "《细则》"
      clause a { award 1万元 }
      clause b { award 2万元 }`);
    expect(a.entries.map((e) => e.kind)).toEqual(["Text", "Exclusive", "Budget", "Rule", "Clause", "Clause"]);
    expect(a.entries[1]).toMatchObject({ reason: { value: "只选一种" }, members: [{ name: "a" }, { name: "b" }] });
  });

  it("reads `awards` inputs and `history` fields", () => {
    const f = parseOk(`input awarded: awards "此前"
input c: record { best: optional history money "此前最高" }`);
    expect(f.items[0]).toMatchObject({ field: { type: { name: { name: "awards" } }, doc: { value: "此前" } } });
    expect(f.items[1]).toMatchObject({
      field: { type: { fields: [{ type: { optional: true, history: true, name: { name: "money" } } }] } },
    });
  });
});

describe("the formatter", () => {
  const messy = `policy "p" { title "t" }
input awarded:   awards "a"
input c: record { best: history   money   "b" }
article 1 "a" {
  text "t"
  exclusive   "x" {a,b}   keep   highest
  budget 5亿元
  clause a for each p in ps {
    award  10%   to 30%  of p.x
    cap by p.k {
      "a","b": 1万元
      otherwise: 2万元
    }
    cap 3万元 over   lifetime
    pay 40% on p.a "一",
        60% on p.b + 1   years "二"
    select first 3 by p.d "前三"
    one per p.k keep highest
  }
  clause b {
    award if c.best>1 then 1万元 else by c.k { 1: 2万元, otherwise: 3万元 }
    less received
    once
    rule "《细则》" "文号"
  }
}
`;
  it("prints every construct in the canonical style and keeps its meaning", () => {
    const once = format(messy, "p.subsidia").text ?? "";
    expect(once).toContain(`  exclusive "x" { a, b } keep highest\n`);
    expect(once).toContain(`    award 10% to 30% of p.x\n`);
    expect(once).toContain(`    cap by p.k {\n      "a", "b": 1万元\n      otherwise: 2万元\n    }\n`);
    expect(once).toContain(`    cap 3万元 over lifetime\n`);
    expect(once).toContain(`    pay 40% on p.a "一",\n        60% on p.b + 1 years "二"\n`);
    expect(once).toContain(`    award if c.best > 1 then 1万元 else by c.k { 1: 2万元, otherwise: 3万元 }\n`);
    expect(once).toContain(`input c: record {\n  best: history money "b"\n}`);
    expect(format(once, "p.subsidia").text).toBe(once);
  });
});

describe("lookup cases with several keys", () => {
  const text = `policy "p" { title "t" }
article 1 "a" {
  clause a {
    award by c.k {"a" ,"b":500万元,  "c":1万元 }
    cap by c.n { 1,2 , 3: 5万元, otherwise: 6万元 }
  }
  clause b {
    award tiers of c.x { at least 1亿元: by c.k { "a","b": 5万元, otherwise: 1万元 } }
  }
}
`;
  it("the formatter keeps every key of a case, in order, and formats again to the same text", () => {
    const once = format(text, "p.subsidia").text ?? "";
    expect(once).toContain(`    award by c.k {\n      "a", "b": 500万元\n      "c": 1万元\n    }\n`);
    expect(once).toContain(`    cap by c.n { 1, 2, 3: 5万元, otherwise: 6万元 }\n`);
    expect(once).toContain(`at least 1亿元: by c.k { "a", "b": 5万元, otherwise: 1万元 }`);
    expect(format(once, "p.subsidia").text).toBe(once);
  });
});

describe("money in another currency", () => {
  it("reads amounts in 美元, 欧元, 港元 and 日元 with their currency, exactly", () => {
    expect(moneyToYuan("10万美元")).toBe("100000");
    expect(moneyCurrency("10万美元")).toBe("USD");
    expect(moneyCurrency("1.5亿欧元")).toBe("EUR");
    expect(moneyCurrency("200港元")).toBe("HKD");
    expect(moneyCurrency("3万日元")).toBe("JPY");
    expect(moneyCurrency("50万元")).toBeUndefined();
  });

  const text = `policy "p" { title "t" }
input p: record { usd: money   in USD "美元" }
article 1 "a" {
  clause a {
    award tiers of p.x { at least 1亿元: p.usd   at usdRate at least 2亿元: 5万元 per 10万美元 of p.usd }
    cap (p.usd at p.rate) * 10%
  }
}
`;
  it("`at` converts; `at least` after a conversion still starts the next tier; the formatter keeps both", () => {
    const once = format(text, "p.subsidia");
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain(`  usd: money in USD "美元"\n`);
    expect(once.text).toContain(
      `      at least 1亿元: p.usd at usdRate\n      at least 2亿元: 5万元 per 10万美元 of p.usd\n`,
    );
    expect(once.text).toContain(`    cap (p.usd at p.rate) * 10%\n`);
    expect(format(once.text ?? "", "p.subsidia").text).toBe(once.text);
  });
});

describe("syntax errors", () => {
  it("an `if` without `else` says what is missing, where", () => {
    const { diagnostics } = parse(`article 1 "a" { clause c { award if x then 1万元 } }`, "e.subsidia");
    expect(diagnostics[0]).toMatchObject({ code: "P002", span: { line: 1, column: 48 } });
    expect(diagnostics[0]?.message).toBe("unexpected `}`; expected `else`");
  });
  it("`between` on a value (a range) says what `between` counts and how to write a range, once", () => {
    const text = `article 1 "a" { clause c {\n when x.revenue between 1万元 and 2万元\n award 1万元 } }`;
    const { diagnostics } = parse(text, "e.subsidia");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "P002", id: "P002.between", span: { line: 2, column: 17 } });
    expect(diagnostics[0]?.suggestion).toBeUndefined();
    expect(diagnostics[0]?.help).toContain("`x >= A and x <= B`");
  });
  it("`if` written as an entry says that it is a value, where it goes", () => {
    const text = `article 1 "a" { clause c {\n if x.a then 1万元 else 2万元\n } }`;
    const [first] = parse(text, "e.subsidia").diagnostics;
    expect(first).toMatchObject({ code: "P002", id: "P002.ifEntry", span: { line: 2, column: 2 } });
    expect(first?.help).toContain("`award if COND then A else B`");
  });
  it("a bare name as a case's key asks for a literal, with no misleading did-you-mean", () => {
    for (const cases of ["{ a: 1万元 }", '{ "b": 2万元, a: 1万元 }']) {
      const text = `article 1 "a" { clause c {\n award 10% of x.r\n cap by x.k ${cases}\n } }`;
      const [first] = parse(text, "e.subsidia").diagnostics;
      expect(first).toMatchObject({ id: "P004.caseKey", span: { line: 3, column: 13 + cases.indexOf("a:") } });
      expect(first?.message).toBe(
        'unexpected `a`: the key of a case is a literal; expected a string such as `"a"`, a number or `otherwise`',
      );
      expect(first?.suggestion).toBeUndefined();
    }
  });
  it("a case's key without its amount is one error at the key, and the cases after it are read", () => {
    for (const [cases, key, column] of [
      ["{\n 1: 800万元\n 2\n 3: 1500万元 }", "`2`", 2],
      ["{ 1: 800万元, 2 }", "`2`", 25],
      ['{ "a" }', '`"a"`', 15],
    ] as const) {
      const text = `article 1 "a" { clause c {\n award 10% of x.r\n cap by x.k ${cases}\n } }`;
      const { diagnostics } = parse(text, "e.subsidia");
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ id: "P002.caseAmount", code: "P002", span: { column } });
      expect(diagnostics[0]?.message).toBe(
        `the case ${key} has no amount; expected \`:\` and the amount after its key`,
      );
    }
    // several keys of one amount are not a key without its amount
    expect(
      parse(`article 1 "a" { clause c { award 1万元\n cap by p.k { 1: 1万元, 2, 3: 2万元 } } }`, "e").diagnostics,
    ).toEqual([]);
  });
  it("`cap by` is a lookup, not a cascade of errors", () => {
    expect(parse(`article 1 "a" { clause c { award 1万元\n cap by p.k { "a": 1万元 } } }`, "e").diagnostics).toEqual(
      [],
    );
  });
});
