import {
  type Amendment,
  type Article,
  type Clause,
  type ImplementingRule,
  type InputField,
  type Param,
  type Policy,
  rulePrecedence,
  walkExpr,
} from "@subsidia/ir";
import { clauseExprs } from "@subsidia/ir";
import { type AddedPart, addedBy, type RemovedPart, removedBy } from "./amendment-changes.js";

/** The rules and amendments of a policy, as the library holds them. */
export interface Related {
  rules: readonly ImplementingRule[];
  amendments: readonly Amendment[];
}

/** A parameter filled by a rule in force: which rule, with what text, over which earlier rules. */
export interface FilledParam {
  param: string;
  /** the value as written in the rule (`5%`), or its dated values */
  value: string;
  text?: string;
  rule: { id: string; title: string; issuer?: string; issued?: string };
  /** rules in force the same day that fill it too, which this later one supersedes */
  supersedes: string[];
}

/** A clause in force in its amended version, or added by an amendment (`new article`). */
export interface AmendedClause {
  article: number;
  clause: string;
  amendment: { id: string; title: string; issuer?: string; from: string; to: string };
  /** the clause is in an article the amendment adds */
  added?: true;
}

export interface Applied {
  rules: FilledParam[];
  amendments: AmendedClause[];
  /** the articles and clauses amendments in force remove (absent when none) */
  removed?: RemovedPart[];
  /** the inputs and parameters amendments in force add (absent when none) */
  added?: AddedPart[];
}

const inForce = (w: { from: string; to: string }, date: string | null) =>
  date !== null && w.from <= date && date <= w.to;

const about = (d: ImplementingRule | Amendment) => ({
  id: d.id,
  title: d.title,
  ...(d.issuer !== undefined ? { issuer: d.issuer } : {}),
});

/**
 * The policy as it applies on a date (a consolidated text): each pending parameter filled by the
 * rule in force that takes precedence (`rulePrecedence`: the later), each amended clause in the
 * version in force, the articles, inputs and parameters amendments in force add, without the
 * articles and clauses they remove. `dateOf(input)` is the applicant's date fact an amendment's window is
 * matched on; rules use the policy's own date fact. Clauses that read a filled parameter, and
 * amended clauses, cite the rule or amendment, so every award they pay names it.
 */
export function policyOn(
  policy: Policy,
  related: Related,
  dateOf: (input: string) => string | null,
): { policy: Policy; applied: Applied } {
  const date = policy.validity ? dateOf(policy.validity.dateInput) : null;
  const applied: Applied = { rules: [], amendments: [] };
  const filled = new Map<string, { param: Param; rule: ImplementingRule | Amendment }>();
  for (const p of policy.params) {
    if (p.pending === undefined) continue;
    const candidates = related.rules
      .filter((r) => r.implements === policy.id && inForce(r.validity, date) && r.fills.some((f) => f.name === p.name))
      .sort(rulePrecedence);
    const rule = candidates.at(-1);
    const fill = rule?.fills.find((f) => f.name === p.name);
    if (rule === undefined || fill === undefined) continue;
    const { pending: _pending, ...rest } = p;
    filled.set(p.name, { param: { ...rest, values: fill.values, ...(fill.doc ? { doc: fill.doc } : {}) }, rule });
    applied.rules.push({
      param: p.name,
      value: fill.values.map((v) => `${v.value.src ?? ""}${v.from ? ` from ${v.from}` : ""}`).join(", "),
      ...(fill.doc !== undefined ? { text: fill.doc } : {}),
      rule: { ...about(rule), ...(rule.issued !== undefined ? { issued: rule.issued } : {}) },
      supersedes: candidates.slice(0, -1).map((r) => r.id),
    });
  }
  const versions = new Map<string, { clause: Clause; amendment: Amendment }>();
  const added: { article: Article; amendment: Amendment }[] = [];
  const removed = new Set<string>();
  const inputs = new Map(policy.inputs.map((f) => [f.name, f]));
  const params = [...policy.params];
  const removedParts: RemovedPart[] = [];
  const addedParts: AddedPart[] = [];
  for (const a of related.amendments) {
    if (a.amends !== policy.id) continue;
    if (inForce(a.validity, dateOf(a.validity.dateInput))) {
      for (const c of a.clauses) versions.set(`${c.article}/${c.clause.id}`, { clause: c.clause, amendment: a });
      for (const p of a.params ?? [])
        amendParam(
          policy.params.find((x) => x.name === p.name),
          p,
          a,
          filled,
          applied,
        );
      for (const article of a.articles ?? []) added.push({ article, amendment: a });
      for (const r of a.removed ?? [])
        removed.add(r.clause === undefined ? `${r.article}` : `${r.article}/${r.clause}`);
      removedParts.push(...removedBy(policy, a));
      addedParts.push(...addedBy(a));
      for (const f of a.inputs ?? []) inputs.set(f.name, f);
      for (const p of a.addedParams ?? []) {
        params.push(p);
        amendParam(p, p, a, filled, applied);
      }
    } // an input an amendment adds is an optional fact on the days it is not in force
    else addOptional(inputs, a.inputs ?? []);
  }
  const gone = (article: number, clause: string) => removed.has(`${article}`) || removed.has(`${article}/${clause}`);

  const own = policy.articles.flatMap((article) => {
    if (removed.has(`${article.number}`)) return [];
    const exclusive = article.exclusive
      ?.map((g) => ({ ...g, members: g.members.filter((m) => !gone(article.number, m)) }))
      .filter((g) => g.members.length >= 2);
    const { exclusive: _e, ...rest } = article;
    const clauses = article.clauses
      .filter((c) => !gone(article.number, c.id))
      .map((c) => {
        const v = versions.get(`${article.number}/${c.id}`);
        const clause = v ? cite(v.clause, v.amendment) : c;
        if (v) {
          const { from, to } = v.amendment.validity;
          applied.amendments.push({
            article: article.number,
            clause: c.id,
            amendment: { ...about(v.amendment), from, to },
          });
        }
        const rules = [...new Set(readParams(clause).flatMap((name) => filled.get(name)?.rule ?? []))];
        return rules.reduce(cite, clause);
      });
    return [{ ...rest, ...(exclusive?.length ? { exclusive } : {}), clauses }];
  });
  const articles = [
    ...own,
    ...added.map(({ article, amendment }) => addedArticle(article, amendment, filled, applied)),
  ];
  articles.sort((a, b) => a.number - b.number);
  const values = params.map((p) => filled.get(p.name)?.param ?? p);
  if (removedParts.length > 0) applied.removed = removedParts;
  if (addedParts.length > 0) applied.added = addedParts;
  return { policy: { ...policy, inputs: [...inputs.values()], params: values, articles }, applied };
}

/**
 * The policy declaring too every input its amendments add (`new input`), each optional: what an
 * applicant's facts are read against before its date, and so the amendments in force, is known.
 */
export function withAddedInputs(policy: Policy, related: Related): Policy {
  const added = related.amendments.filter((a) => a.amends === policy.id).flatMap((a) => a.inputs ?? []);
  if (added.length === 0) return policy;
  const inputs = new Map(policy.inputs.map((f) => [f.name, f]));
  addOptional(inputs, added);
  return { ...policy, inputs: [...inputs.values()] };
}

/** Declares each added input the policy does not declare yet, as an optional fact. */
function addOptional(inputs: Map<string, InputField>, added: InputField[]): void {
  for (const f of added) if (!inputs.has(f.name)) inputs.set(f.name, { ...f, optional: true });
}

/** The names of the parameters a clause reads. */
export function readParams(c: Clause): string[] {
  const out = new Set<string>();
  for (const { expr } of clauseExprs(c)) for (const node of walkExpr(expr)) if (node.k === "param") out.add(node.name);
  return [...out];
}

/** The clause citing a rule or amendment (`rules`, shown with every award it pays). */
function cite(c: Clause, doc: ImplementingRule | Amendment): Clause {
  const rule = { title: doc.title, number: doc.id, span: doc.span };
  return { ...c, rules: [...(c.rules ?? []), rule] };
}

type Filled = Map<string, { param: Param; rule: ImplementingRule | Amendment }>;

/** A parameter given a new value, or added, by an amendment in force: its values and cited text are the amendment's. */
function amendParam(own: Param | undefined, p: Param, a: Amendment, filled: Filled, applied: Applied): void {
  if (own === undefined) return;
  const { pending: _pending, ...rest } = own;
  filled.set(p.name, { param: { ...rest, values: p.values, ...(p.doc ? { doc: p.doc } : {}) }, rule: a });
  const others = applied.rules.filter((f) => f.param !== p.name);
  applied.rules.length = 0;
  applied.rules.push(...others, {
    param: p.name,
    value: p.values.map((v) => `${v.value.src ?? ""}${v.from ? ` from ${v.from}` : ""}`).join(", "),
    ...(p.doc !== undefined ? { text: p.doc } : {}),
    rule: { ...about(a), ...(a.issued !== undefined ? { issued: a.issued } : {}) },
    supersedes: [],
  });
}

/** An article an amendment in force adds: each clause cites the amendment (and what sets the parameters it reads). */
function addedArticle(article: Article, a: Amendment, filled: Filled, applied: Applied): Article {
  const { from, to } = a.validity;
  const clauses = article.clauses.map((c) => {
    applied.amendments.push({
      article: article.number,
      clause: c.id,
      amendment: { ...about(a), from, to },
      added: true,
    });
    const rules = [...new Set(readParams(c).flatMap((name) => filled.get(name)?.rule ?? []))].filter((r) => r !== a);
    return rules.reduce(cite, cite(c, a));
  });
  return { ...article, clauses };
}
