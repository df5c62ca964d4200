/**
 * Small typed builders for IR in tests (there is no compiler to lean on here).
 * `src` defaults to a readable rendering of the node, as the compiler would cite the source.
 */
import { Dec } from "../src/money.js";
import type {
  Article,
  Award,
  Cap,
  Clause,
  Expectation,
  Expr,
  InputField,
  InputType,
  Param,
  Policy,
  PolicyTest,
  ScalarKind,
  Span,
  Uplift,
} from "@subsidia/ir";
import { IR_VERSION } from "@subsidia/ir";

export const span = (line = 1, column = 1): Span => ({ line, column, offset: 0, length: 0 });
const S = span();

type Scalar = Exclude<ScalarKind, "enum">;

export const lit = (type: ScalarKind, value: string | boolean, src = String(value)): Expr => ({
  k: "lit",
  type,
  value,
  src,
  span: S,
});
export const money = (yuan: string, src = yuan): Expr => lit("money", yuan, src);
export const pct = (fraction: string, src = `${new Dec(fraction).times(100).toFixed()}%`): Expr =>
  lit("percent", fraction, src);
export const bool = (v: boolean): Expr => lit("boolean", v);
export const str = (v: string, type: ScalarKind = "enum"): Expr => lit(type, v, JSON.stringify(v));

export const fact = (path: string, type: ScalarKind): Expr => ({
  k: "fact",
  path: path.split("."),
  type,
  src: path,
  span: S,
});
export const item = (v: string, path: string, type: ScalarKind): Expr => ({
  k: "item",
  var: v,
  path: path.split("."),
  type,
  src: `${v}.${path}`,
  span: S,
});
export const param = (name: string, type: ScalarKind): Expr => ({ k: "param", name, type, src: name, span: S });

export const arith = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr, type: ScalarKind = "money"): Expr => ({
  k: "arith",
  op,
  left,
  right,
  type,
  src: `${left.src} ${op} ${right.src}`,
  span: S,
});
export const neg = (expr: Expr): Expr => ({ k: "neg", expr, type: expr.type, src: `-${expr.src}`, span: S });
export const cmp = (op: ">=" | ">" | "<=" | "<" | "=" | "!=", left: Expr, right: Expr): Expr => ({
  k: "cmp",
  op,
  left,
  right,
  type: "boolean",
  src: `${left.src} ${op} ${right.src}`,
  span: S,
});
export const and = (...args: Expr[]): Expr => ({
  k: "and",
  args,
  type: "boolean",
  src: args.map((a) => a.src).join(" and "),
  span: S,
});
export const or = (...args: Expr[]): Expr => ({
  k: "or",
  args,
  type: "boolean",
  src: args.map((a) => a.src).join(" or "),
  span: S,
});
export const not = (expr: Expr): Expr => ({ k: "not", expr, type: "boolean", src: `not ${expr.src}`, span: S });
export const isIn = (expr: Expr, values: string[]): Expr => ({
  k: "in",
  expr,
  values,
  type: "boolean",
  src: `${expr.src} in [${values.map((v) => JSON.stringify(v)).join(", ")}]`,
  span: S,
});
export const given = (expr: Expr, negate = false): Expr => ({
  k: "given",
  expr,
  negate,
  type: "boolean",
  src: `${expr.src} is ${negate ? "not " : ""}given`,
  span: S,
});
export const call = (fn: "min" | "max", ...args: Expr[]): Expr => ({
  k: "call",
  fn,
  args,
  type: "money",
  src: `${fn}(${args.map((a) => a.src).join(", ")})`,
  span: S,
});

export const fixed = (amount: Expr): Award => ({ kind: "amount", amount, span: S });
export const rate = (r: Expr, base: Expr): Award => ({ kind: "rate", rate: r, base, span: S });
export const tiers = (base: Expr, list: [Expr, Expr][]): Award => ({
  kind: "tiers",
  base,
  tiers: list.map(([atLeast, amount]) => ({ atLeast, amount, span: S })),
  span: S,
});
export const lookup = (key: Expr, cases: [string, Expr][], otherwise?: Expr): Award => ({
  kind: "lookup",
  key,
  cases: cases.map(([match, amount]) => ({ match, amount, span: S })),
  ...(otherwise ? { otherwise } : {}),
  span: S,
});

export const cap = (amount: Expr): Cap => ({ amount, span: S });
export const uplift = (r: Expr, order: Uplift["order"] = "after-cap", when?: Expr): Uplift => ({
  rate: r,
  order,
  orderStated: true,
  ...(when ? { when } : {}),
  span: S,
});

export interface ClauseSpec {
  id: string;
  forEach?: [string, string];
  when?: Expr[];
  award?: Award;
  basis?: "exact" | "up-to";
  caps?: Expr[];
  uplifts?: Uplift[];
  totalCap?: Expr;
  funding?: [string, string][];
  nonMonetary?: string;
  stackKey?: string;
}

export function clause(c: ClauseSpec): Clause {
  return {
    id: c.id,
    ...(c.forEach ? { forEach: { var: c.forEach[0], list: c.forEach[1], span: S } } : {}),
    conditions: c.when ?? [],
    ...(c.award ? { award: c.award } : {}),
    basis: c.basis ?? "exact",
    caps: (c.caps ?? []).map(cap),
    uplifts: c.uplifts ?? [],
    ...(c.totalCap ? { totalCap: cap(c.totalCap) } : {}),
    ...(c.funding ? { funding: { payers: c.funding.map(([name, share]) => ({ name, share })), span: S } } : {}),
    ...(c.nonMonetary !== undefined ? { nonMonetary: c.nonMonetary } : {}),
    ...(c.stackKey !== undefined ? { stackKey: c.stackKey } : {}),
    span: S,
  };
}

export const article = (number: number, clauses: Clause[], totalCap?: Expr): Article => ({
  number,
  id: `art${number}`,
  title: `article ${number}`,
  units: [],
  clauses,
  ...(totalCap ? { totalCap: cap(totalCap) } : {}),
  span: S,
});

export const field = (name: string, type: Scalar | InputType, optional = false): InputField => ({
  name,
  type: typeof type === "string" ? { kind: type } : type,
  optional,
  span: S,
});
export const enumOf = (...values: string[]): InputType => ({ kind: "enum", values });
export const listOf = (...fields: InputField[]): InputType => ({ kind: "list", fields });
export const recordOf = (...fields: InputField[]): InputType => ({ kind: "record", fields });

export const paramDecl = (name: string, type: ScalarKind, values: [Expr, string?][], pending?: string): Param => ({
  name,
  type,
  values: values.map(([value, from]) => ({ value, ...(from ? { from } : {}) })),
  ...(pending !== undefined ? { pending } : {}),
  span: S,
});

export const test = (name: string, facts: Record<string, unknown>, expects: Expectation[]): PolicyTest => ({
  name,
  facts,
  expects,
  span: S,
});
export const expect_ = {
  total: (amount: string): Expectation => ({ kind: "total", amount, span: S }),
  upToTotal: (amount: string): Expectation => ({ kind: "upToTotal", amount, span: S }),
  article: (n: number, amount: string): Expectation => ({ kind: "article", article: n, amount, span: S }),
  award: (clause: string, amount: string, item?: string): Expectation => ({
    kind: "award",
    clause,
    amount,
    ...(item !== undefined ? { item } : {}),
    span: S,
  }),
  pending: (clause: string): Expectation => ({ kind: "pending", clause, span: S }),
  noAward: (clause?: string, item?: string): Expectation => ({
    kind: "noAward",
    ...(clause !== undefined ? { clause } : {}),
    ...(item !== undefined ? { item } : {}),
    span: S,
  }),
  inForce: (value: boolean): Expectation => ({ kind: "inForce", value, span: S }),
  invalid: (path: string): Expectation => ({ kind: "invalidFacts", path, span: S }),
};

export interface PolicySpec {
  id?: string;
  validity?: [string, string, string] | null;
  stacking?: Policy["stacking"];
  rounding?: Policy["rounding"];
  inputs: InputField[];
  params?: Param[];
  articles: Article[];
  tests?: PolicyTest[];
}

/** A policy valid from 2026-02-13 to 2028-12-31 on `applicationDate` unless told otherwise. */
export function policy(p: PolicySpec): Policy {
  const validity: [string, string, string] | null =
    p.validity === undefined ? ["2026-02-13", "2028-12-31", "applicationDate"] : p.validity;
  const dateInput = validity && !p.inputs.some((f) => f.name === validity[2]) ? [field(validity[2], "date")] : [];
  return {
    irVersion: IR_VERSION,
    id: p.id ?? "demo",
    title: "demo policy",
    ...(validity ? { validity: { from: validity[0], to: validity[1], dateInput: validity[2], span: S } } : {}),
    stacking: p.stacking ?? { rule: "highest", text: "从优、就高、不重复" },
    rounding: p.rounding ?? { unit: "0.01", mode: "half-up" },
    inputs: [...dateInput, ...p.inputs],
    params: p.params ?? [],
    articles: p.articles,
    tests: p.tests ?? [],
    span: S,
  };
}

/** A one-clause policy over a list `items` of records with the given fields. */
export function perItem(
  spec: Omit<ClauseSpec, "id" | "forEach">,
  fields: InputField[],
  extra: Partial<PolicySpec> = {},
): Policy {
  return policy({
    inputs: [field("items", listOf(field("id", "string", true), ...fields))],
    articles: [article(4, [clause({ id: "c", forEach: ["p", "items"], ...spec })])],
    ...extra,
  });
}
