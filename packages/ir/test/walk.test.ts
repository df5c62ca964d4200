import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { childExprs, type Clause, clauseExprs, type Expr, Policy, walkExpr } from "../src/index.js";

/**
 * The walkers against a walk that knows nothing of the IR's shape: every object with a `k`, a `src` and a
 * `span` is an expression. On every clause of the case corpus, `clauseExprs` lists each expression of the
 * clause that is not inside another, and `childExprs` each expression directly inside another, so a new
 * field that holds an expression fails here until the walker lists it.
 */
const root = new URL("../../../corpus/", import.meta.url).pathname;
const cases = readdirSync(root)
  .filter((d) => readdirSync(join(root, d)).includes("expected.ir.json"))
  .sort();

const isExpr = (x: unknown): x is Expr =>
  typeof x === "object" && x !== null && typeof (x as Expr).k === "string" && typeof (x as Expr).src === "string";

/** The outermost expressions below `x` (not `x` itself), found by looking at every value. */
function outermost(x: unknown, out: Expr[] = [], top = true): Expr[] {
  if (!top && isExpr(x)) {
    out.push(x);
    return out;
  }
  if (Array.isArray(x)) for (const v of x) outermost(v, out, false);
  else if (typeof x === "object" && x !== null) for (const v of Object.values(x)) outermost(v, out, false);
  return out;
}

const clausesOf = (policy: Policy): Clause[] => policy.articles.flatMap((a) => a.clauses);

describe.each(cases)("corpus %s", (name) => {
  const policy = Policy.parse(JSON.parse(readFileSync(join(root, name, "expected.ir.json"), "utf8")));

  test("clauseExprs lists every expression of each clause", () => {
    for (const clause of clausesOf(policy)) {
      const listed = clauseExprs(clause).map((x) => x.expr);
      const found = outermost(clause);
      expect(new Set(listed), `clause ${clause.id}`).toEqual(new Set(found));
      expect(listed.length, `clause ${clause.id}: each once`).toBe(found.length);
    }
  });

  test("childExprs lists the expressions directly inside each expression", () => {
    const exprs = clausesOf(policy).flatMap((c) => clauseExprs(c).flatMap((x) => [...walkExpr(x.expr)]));
    for (const e of exprs) expect(new Set(childExprs(e)), `${e.k} \`${e.src}\``).toEqual(new Set(outermost(e)));
  });
});

/** The corpus's clauses, and one with a clause-level `cap total` (the corpus caps totals by article). */
function everyClause(): Clause[] {
  const clauses = cases.flatMap((name) =>
    clausesOf(Policy.parse(JSON.parse(readFileSync(join(root, name, "expected.ir.json"), "utf8")))),
  );
  const capped = clauses.find((c) => c.caps.length > 0)!;
  const amount = structuredClone(capped.caps[0]!.amount);
  return [...clauses, { ...capped, totalCap: { amount, span: amount.span } }];
}

test("a clause-level total cap is listed too", () => {
  const clause = everyClause().at(-1)!;
  expect(new Set(clauseExprs(clause).map((x) => x.expr))).toEqual(new Set(outermost(clause)));
});

test("the clauses tested hold every clause part the walkers list", () => {
  const roles = new Set(everyClause().flatMap((c) => clauseExprs(c).map((x) => x.role)));
  expect([...roles].sort()).toEqual(
    ["amount", "cap", "condition", "history-cap", "history-total-cap", "total-cap", "uplift-rate", "uplift-when"]
      .concat(["one-per", "schedule", "selection"])
      .sort(),
  );
});
