import {
  type Article,
  awardExprs,
  type Clause,
  clauseExprs,
  type Expr,
  type HistoryCap,
  type InputField,
  type InputType,
  type Policy,
  type Span,
  walkExpr,
} from "@subsidia/ir";
import type { Branch } from "./coverage-probe.js";

/**
 * Every branch of a policy that its tests should exercise, clause by clause:
 * the clause evaluated at all, each `when` true and false, each tier reached
 * and "below the lowest tier", each lookup case (and `otherwise`, or "no case
 * matches"), each cap binding and not (caps across years too), each conditional
 * uplift applied and not, `once` with the clause received before and not,
 * `less received` reducing the amount and not, a `select` marking an award,
 * a `one per` keeping one of two items with one key,
 * each instalment of `pay` payable on the policy's date and not yet. The
 * validity window (in force and not), each article's `cap total` and each
 * `exclusive` group (an award kept, another excluded) are rows of their own.
 */
export interface BranchSpec {
  node: object;
  branch: Branch;
  /** how the table names it: `when p.operating: false`, `tier at least 1亿元` */
  label: string;
  span?: Span | undefined;
  /**
   * The pending parameter the branch's expression multiplies or adds (`rdStockRate`): the
   * policy's own tests cannot reach the branch, since the amount awaits an implementing rule
   */
  pending?: string | undefined;
}

export interface CoverageUnit {
  /** `art4.platformConstruction`, `art12 cap total`, `validity` */
  name: string;
  article?: number | undefined;
  clause?: string | undefined;
  span?: Span | undefined;
  branches: BranchSpec[];
}

const both = (
  node: object,
  label: string,
  span: Span | undefined,
  yes: Branch,
  no: Branch,
  yesText: string,
  noText: string,
): BranchSpec[] => [
  { node, branch: yes, label: `${label}: ${yesText}`, span },
  { node, branch: no, label: `${label}: ${noText}`, span },
];

/**
 * Every value a lookup key can take, when the declarations bound it: an enum's
 * members, or a small integer range (`integer from 1 to 3`); otherwise undefined.
 */
function keyDomain(key: Expr, inputs: readonly InputField[], c: Clause): string[] | undefined {
  const path = key.k === "fact" ? key.path : key.k === "item" && c.forEach ? [c.forEach.list, ...key.path] : undefined;
  let fields = inputs;
  let type: InputType | undefined;
  for (const name of path ?? []) {
    type = fields.find((f) => f.name === name)?.type;
    if (type?.kind === "record" || type?.kind === "list") fields = type.fields;
  }
  if (type?.kind === "enum") return type.values;
  if (type?.kind === "integer" && type.min !== undefined && type.max !== undefined) {
    const [lo, hi] = [Number(type.min), Number(type.max)];
    if (hi - lo <= 100) return Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
  }
  return undefined;
}

function clauseBranches(
  c: Clause,
  inputs: readonly InputField[],
  pendingParams: ReadonlySet<string>,
  dated: boolean,
): BranchSpec[] {
  const out: BranchSpec[] = [
    {
      node: c,
      branch: "evaluated",
      label: c.forEach ? `evaluated for an item of \`${c.forEach.list}\`` : "evaluated",
      span: c.span,
    },
  ];
  for (const cond of c.conditions)
    out.push(...both(cond, `when ${cond.src}`, cond.span, "true", "false", "true", "false"));
  if (c.once)
    out.push(
      ...both(
        c.once,
        "once",
        c.once.span,
        "received before",
        "not received before",
        "received before",
        "not received before",
      ),
    );
  const a = c.award;
  if (a?.kind === "tiers") {
    for (const t of a.tiers)
      out.push({ node: t, branch: "reached", label: `tier at least ${t.atLeast.src}`, span: t.span });
    out.push({ node: a, branch: "none", label: `below the lowest tier`, span: a.span });
  }
  if (a?.kind === "lookup") {
    for (const k of a.cases) out.push({ node: k, branch: "matched", label: `case ${k.match}`, span: k.span });
    const domain = keyDomain(a.key, inputs, c);
    const everyValueHasACase = domain?.every((v) => a.cases.some((k) => k.match === v));
    if (a.otherwise) out.push({ node: a, branch: "otherwise", label: "otherwise", span: a.otherwise.span });
    else if (!everyValueHasACase) out.push({ node: a, branch: "none", label: "no case matches", span: a.span });
  }
  for (const cap of c.caps)
    out.push(...both(cap, `cap ${cap.amount.src}`, cap.span, "binds", "does not bind", "binds", "does not bind"));
  for (const u of c.uplifts) {
    const label = `uplift ${u.rate.src}${u.when ? ` when ${u.when.src}` : ""}`;
    if (u.when) out.push(...both(u, label, u.span, "applied", "not applied", "applied", "not applied"));
    else out.push({ node: u, branch: "applied", label: `${label}: applied`, span: u.span });
  }
  // what follows the amount cannot be reached while the amount awaits an implementing rule
  const pending = amountPending(c, pendingParams);
  const after = out.length;
  if (c.lessReceived)
    out.push(
      ...both(
        c.lessReceived,
        "less received",
        c.lessReceived.span,
        "reduces",
        "does not reduce",
        "reduces",
        "does not reduce",
      ),
    );
  const overYears = (h: HistoryCap) =>
    `cap${h.scope === "applicant" ? " total" : ""} ${h.amount.src} ${h.years === null ? "over lifetime" : `over ${h.years} years`}`;
  for (const h of c.historyCaps ?? [])
    out.push(...both(h, overYears(h), h.span, "binds", "does not bind", "binds", "does not bind"));
  out.push(...expressionBranches(c, pendingParams));
  if (c.selection)
    out.push({
      node: c.selection,
      branch: "marked",
      label: `select ${c.selection.mode} ${c.selection.count} by ${c.selection.by.src}: an award subject to selection`,
      span: c.selection.span,
    });
  if (c.onePer)
    out.push({
      node: c.onePer,
      branch: "excludes",
      label: `one per ${c.onePer.key.src}: one item kept, another excluded`,
      span: c.onePer.span,
    });
  // without a policy date no instalment is payable on it: only "not yet payable" is a branch
  for (const x of c.schedule ?? []) {
    const label = `pay ${x.share.src} on ${x.on.src} "${x.label}"`;
    if (dated) out.push(...both(x, label, x.span, "payable", "not yet payable", "payable", "not yet payable"));
    else out.push({ node: x, branch: "not yet payable", label: `${label}: not yet payable`, span: x.span });
  }
  if (pending !== undefined) for (const b of out.slice(after)) b.pending ??= pending;
  if (c.totalCap)
    out.push(
      ...both(
        c.totalCap,
        `cap total ${c.totalCap.amount.src}`,
        c.totalCap.span,
        "binds",
        "does not bind",
        "binds",
        "does not bind",
      ),
    );
  return out;
}

/** The first pending parameter the clause's amount reads (`award extraListingAward`), if any. */
function amountPending(c: Clause, pendingParams: ReadonlySet<string>): string | undefined {
  for (const { expr } of c.award ? awardExprs(c.award) : [])
    for (const e of walkExpr(expr)) if (e.k === "param" && pendingParams.has(e.name)) return e.name;
  return undefined;
}

/**
 * The branches inside a clause's expressions: each `if` both ways, each argument of a `min` or
 * `max` chosen (where a ceiling binds and where it does not), each case of a lookup used as a
 * value and its `otherwise`.
 */
function expressionBranches(c: Clause, pendingParams: ReadonlySet<string>): BranchSpec[] {
  const out: BranchSpec[] = [];
  for (const { expr } of clauseExprs(c)) {
    const start = out.length;
    let pending: string | undefined;
    for (const e of walkExpr(expr)) {
      if (e.k === "param" && pendingParams.has(e.name)) pending ??= e.name;
      if (e.k === "if") out.push(...both(e, `if ${e.cond.src}`, e.span, "then", "else", "then", "else"));
      if (e.k === "call" && (e.fn === "min" || e.fn === "max") && e.args.length > 1)
        for (const a of e.args)
          out.push({ node: a, branch: "chosen", label: `${e.fn}(…) is \`${a.src}\``, span: a.span });
      if (e.k === "lookup") {
        for (const k of e.cases)
          out.push({ node: k, branch: "matched", label: `by ${e.key.src}: case ${k.match}`, span: k.span });
        if (e.otherwise) out.push({ node: e, branch: "otherwise", label: `by ${e.key.src}: otherwise`, span: e.span });
      }
    }
    if (pending !== undefined) for (const b of out.slice(start)) b.pending = pending;
  }
  return out;
}

function articleCap(a: Article): CoverageUnit[] {
  const cap = a.totalCap;
  if (!cap) return [];
  const branches = both(
    cap,
    `cap total ${cap.amount.src}`,
    cap.span,
    "binds",
    "does not bind",
    "binds",
    "does not bind",
  );
  return [{ name: `${a.id} cap total`, article: a.number, span: cap.span, branches }];
}

/** Each `exclusive` group of an article: a unit whose one branch is an award kept and another excluded. */
function articleExclusive(a: Article): CoverageUnit[] {
  return (a.exclusive ?? []).map((g) => ({
    name: `${a.id} exclusive { ${g.members.join(", ")} }`,
    article: a.number,
    span: g.span,
    branches: [{ node: g, branch: "excludes", label: "one award kept, another excluded", span: g.span }],
  }));
}

/** The units of a policy's coverage table, in source order. */
export function coverageModel(policy: Policy): CoverageUnit[] {
  const units: CoverageUnit[] = [];
  const pendingParams = new Set(policy.params.filter((p) => p.pending !== undefined).map((p) => p.name));
  const v = policy.validity;
  if (v)
    units.push({
      name: "validity",
      span: v.span,
      branches: both(
        v,
        `valid from ${v.from} to ${v.to}`,
        v.span,
        "in force",
        "not in force",
        "in force",
        "not in force",
      ),
    });
  for (const a of policy.articles) {
    for (const c of a.clauses)
      units.push({
        name: `${a.id}.${c.id}`,
        article: a.number,
        clause: c.id,
        span: c.span,
        branches: clauseBranches(c, policy.inputs, pendingParams, v !== undefined),
      });
    units.push(...articleCap(a), ...articleExclusive(a));
  }
  return units;
}
