import { type Amendment, type ImplementingRule, type Policy, rulePrecedence, type Span } from "@subsidia/ir";
import { diagnostic, type Diagnostic } from "@subsidia/syntax";

interface Window {
  from: string;
  to: string;
}

const nextDay = (d: string, n: number): string => {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day + n)).toISOString().slice(0, 10);
};
const overlap = (a: Window, b: Window): Window | undefined => {
  // ISO dates compare as text: the later start and the earlier end
  const from = [a.from, b.from].sort()[1] ?? a.from;
  const to = [a.to, b.to].sort()[0] ?? a.to;
  return from <= to ? { from, to } : undefined;
};
const at = (file: string | undefined, span: Span) => ({ file: file ?? "", ...span });

/**
 * The static checks of a policy's versions: an amendment or rule in force outside the policy's
 * validity (R007); two amendments of one clause (amended, added or removed), parameter, added
 * input or added article in force on the same day (R006, an error: no
 * order between them is written anywhere); two rules filling one parameter on the same day
 * (R008, a warning: the later applies, `rulePrecedence`); days of the policy's validity on
 * which a parameter that rules fill has none (R009).
 */
export function checkVersions(
  policy: Policy,
  rules: readonly ImplementingRule[],
  amendments: readonly Amendment[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const valid = policy.validity;
  for (const doc of [...rules, ...amendments]) {
    if (valid === undefined) break;
    const w = doc.validity;
    if (w.from < valid.from || w.to > valid.to) {
      const params = {
        id: doc.id,
        from: w.from,
        to: w.to,
        policy: policy.id,
        policyFrom: valid.from,
        policyTo: valid.to,
      };
      out.push(diagnostic("R007.window", at(doc.file, w.span), params));
    }
  }
  // what two amendments must not both change on one day: a clause (amended or added), a parameter, an added article
  const byClause = new Map<string, Amendment[]>();
  const add = (name: string, a: Amendment) => byClause.set(name, [...(byClause.get(name) ?? []), a]);
  for (const a of amendments) {
    for (const c of a.clauses) add(c.clause.id, a);
    for (const p of a.params ?? []) add(p.name, a);
    for (const article of a.articles ?? []) {
      add(`article ${article.number}`, a);
      for (const c of article.clauses) add(c.id, a);
    }
    for (const f of a.inputs ?? []) add(f.name, a);
    for (const p of a.addedParams ?? []) add(p.name, a);
    // a removed article conflicts with any change of its clauses: every clause is named
    for (const r of a.removed ?? []) {
      const article = policy.articles.find((x) => x.number === r.article);
      if (r.clause !== undefined) add(r.clause, a);
      else for (const c of article?.clauses ?? []) add(c.id, a);
    }
  }
  const reported = new Set<string>();
  for (const [name, list] of byClause)
    list.forEach((first, i) => {
      for (const second of list.slice(i + 1)) {
        const o = overlap(first.validity, second.validity);
        const pair = `${first.id}\n${second.id}`;
        if (o === undefined || reported.has(pair)) continue;
        reported.add(pair);
        const params = { first: first.id, second: second.id, name, policy: policy.id, ...o };
        out.push(diagnostic("R006.clause", at(second.file, second.validity.span), params));
      }
    });
  for (const param of policy.params) {
    const list = rules.filter((r) => r.fills.some((f) => f.name === param.name)).sort(rulePrecedence);
    list.forEach((first, i) => {
      for (const second of list.slice(i + 1)) {
        const o = overlap(first.validity, second.validity);
        if (o === undefined) continue;
        const params = { first: first.id, second: second.id, name: param.name, ...o };
        out.push(diagnostic("R008.overlap", at(second.file, second.validity.span), params));
      }
    });
    const firstRule = list[0];
    if (firstRule === undefined || valid === undefined) continue;
    for (const gap of gaps(
      valid,
      list.map((r) => r.validity),
    )) {
      const params = { name: param.name, policy: policy.id, ...gap };
      out.push(diagnostic("R009.gap", at(firstRule.file, firstRule.validity.span), params));
    }
  }
  return out;
}

/** The parts of `whole` that no window covers. */
function gaps(whole: Window, windows: readonly Window[]): Window[] {
  const out: Window[] = [];
  let from = whole.from;
  for (const w of [...windows].sort((a, b) => a.from.localeCompare(b.from))) {
    if (w.from > from) out.push({ from, to: w.from <= whole.to ? nextDay(w.from, -1) : whole.to });
    if (w.to >= from) from = nextDay(w.to, 1);
    if (from > whole.to) return out.filter((g) => g.from <= g.to);
  }
  if (from <= whole.to) out.push({ from, to: whole.to });
  return out.filter((g) => g.from <= g.to && g.from <= whole.to);
}
