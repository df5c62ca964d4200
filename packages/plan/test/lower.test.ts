import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { describe, expect, it } from "vitest";
import { lower, planOf, printPlan } from "../src/index.js";

function policy(body: string, header = ""): Policy {
  const text = `policy "p" {\n  title "t"\n${header}}\n${body}`;
  const r = compile(text, "test.subsidia");
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  if (!r.ir || errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
  return r.ir;
}

const platforms = `input platforms: list "平台" {
  id: string "编号"
  investment: money "总投资额"
  national: boolean "国家级"
}
`;

describe("the order of an item's steps", () => {
  it("uplifts before the caps, the caps as written, uplifts after the caps, then rounding", () => {
    const p = planOf(
      policy(`${platforms}
article 4 "a" {
  clause c for each p in platforms {
    award 30% of p.investment
    uplift 50% after cap when p.national
    cap 1000万元
    uplift +10% before cap
    cap 800万元
  }
}`),
    );
    expect(printPlan(p)).toContain(
      [
        "(clause 0 art4.c (for p platforms)",
        "    (exact)",
        "    (rate 0.3:percent (item p investment :money))",
        "    (uplift before-cap 0.1:percent)",
        "    (cap 10000000:money)",
        "    (cap 8000000:money)",
        "    (uplift after-cap 0.5:percent (when (item p national :boolean)))",
        "    (round))",
      ].join("\n"),
    );
  });
});

describe("aggregate caps", () => {
  it("each clause's total cap in clause order, then the article's, over the article's clauses", () => {
    const p = planOf(
      policy(`${platforms}
article 12 "a" {
  cap total 300万元
  clause a for each p in platforms {
    award 5% of p.investment
    cap total 100万元
  }
  clause b for each p in platforms {
    award 1% of p.investment
  }
}
article 13 "b" {
  clause c for each p in platforms {
    award 2万元
    cap total 10万元
  }
}`),
    );
    expect(p.aggregates.map((a) => [a.label, a.members])).toEqual([
      ["clause a", [0]],
      ["article 12", [0, 1]],
      ["clause c", [2]],
    ]);
  });
});

describe("parameters", () => {
  it("are folded to literals once, by date, and pending ones keep their reason", () => {
    const p = planOf(
      policy(`${platforms}
param rate: percent = 20% + 10%
param ceiling: money = 500万元 from 2026-01-01, 600万元 from 2027-01-01
param later: percent pending "由实施细则确定"
article 4 "a" {
  clause c for each p in platforms {
    award rate of p.investment
    cap ceiling
  }
  clause d for each p in platforms {
    award later of p.investment
  }
}`),
    );
    const text = printPlan(p);
    expect(text).toContain("(param rate :percent (always 0.3:percent))");
    expect(text).toContain("(param ceiling :money (from 2026-01-01 5000000:money) (from 2027-01-01 6000000:money))");
    expect(text).toContain('(param later :percent (pending "由实施细则确定"))');
    expect(p.clauses[0]!.award!.pending).toBeNull();
    expect(p.clauses[1]!.award!.pending).toBe("由实施细则确定");
  });

  it("a parameter whose value is not a constant cannot be planned", () => {
    const ir = policy(`${platforms}
param rate: percent = 30%
article 4 "a" {
  clause c for each p in platforms {
    award rate of p.investment
  }
}`);
    const zero = { k: "lit" as const, type: "percent" as const, value: "0", src: "0%", span: ir.span };
    const one = { ...zero, value: "1", src: "100%" };
    const divided = { k: "arith" as const, op: "/" as const, left: one, right: zero, type: "percent" as const };
    const bad = {
      ...ir,
      params: [{ ...ir.params[0]!, values: [{ value: { ...divided, src: "100% / 0%", span: ir.span } }] }],
    };
    expect(lower(bad)).toMatchObject({
      ok: false,
      issues: [{ path: "params[0].values[0]", message: "parameter `rate`: division by zero in `100% / 0%`" }],
    });
  });
});

describe("lookups, pending reasons, funding, rounding", () => {
  it("keeps the first case of a key, joins pending reasons in reading order, reduces funding shares", () => {
    const ir = policy(
      `input phase: integer "阶段"
param a: money pending "甲"
param b: money pending "乙"
article 10 "a" {
  clause c {
    award by phase { 1: a + b, 2: b }
    funded by province 2, city 2
  }
}`,
      "  rounding 1 half even\n",
    );
    // a hand-edited IR may list a key twice: the first case wins, as the interpreter's `find` does
    const clause = ir.articles[0]!.clauses[0]!;
    const award = clause.award as Extract<typeof clause.award, { kind: "lookup" }>;
    const doubled = { ...award, cases: [award.cases[0]!, { ...award.cases[1]!, match: "1" }, award.cases[1]!] };
    const articles = [{ ...ir.articles[0]!, clauses: [{ ...clause, award: doubled }] }];
    const p = planOf({ ...ir, articles });
    const c = p.clauses[0]!;
    expect(c.award!.base.kind === "lookup" && c.award!.base.cases.map((x) => x.match)).toEqual(["1", "2"]);
    expect(c.award!.pending).toBe("甲; 乙");
    expect(c.award!.funding!.payers.map((x) => x.fraction)).toEqual(["1/2", "1/2"]);
    expect(p.rounding).toMatchObject({ unit: "1", mode: "half-even", places: 0 });
  });
});
