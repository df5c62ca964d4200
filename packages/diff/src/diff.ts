import type { Policy } from "@subsidia/ir";
import { canons } from "./canon.js";
import { diffArticles } from "./diff-article.js";
import { diffClause } from "./diff-clause.js";
import { diffPolicyParts, diffTests } from "./diff-policy.js";
import { behavioural, cosmetic, type Draft } from "./draft.js";
import { matchClauses, paramRenames, type ClausePair, type ClauseRef } from "./match.js";
import { showClause } from "./show.js";
import type { Change, PolicyDiff } from "./types.js";
import { findWitness, type WitnessOptions } from "./witness.js";
import { type DiffMessage, msg } from "./wording.js";

export interface DiffOptions extends WitnessOptions {
  /** search a witness for each behavioural change (default true) */
  witnesses?: boolean;
}

function addedOrRemoved(pair: ClausePair): Draft {
  const ref = (pair.after ?? pair.before)!;
  const where = { article: ref.article.number, clause: ref.clause.id };
  const added = pair.after !== undefined;
  const spec = {
    summary: `clause ${added ? "added" : "removed"}`,
    message: msg(added ? "clause-added" : "clause-removed"),
    ...(added ? { after: showClause(ref.clause) } : { before: showClause(ref.clause) }),
  };
  const kind = added ? "clause-added" : "clause-removed";
  if (!ref.clause.award)
    return cosmetic(kind, where, {
      ...spec,
      note: "a non-monetary measure: no award changes",
      noteMessage: msg("note.nonMonetary"),
    });
  return behavioural(kind, where, spec, { kind: "clause", pair, exprs: [] });
}

/** Where a change sits in the report: policy-wide first, then by article, then by the clause's position. */
function position(pairs: readonly ClausePair[]): (c: Change) => [number, number] {
  const at = new Map<string, number>();
  const index = (r: ClauseRef) => r.article.clauses.indexOf(r.clause);
  for (const p of pairs) {
    if (p.after) at.set(`${p.after.article.number}:${p.after.clause.id}`, index(p.after));
    else if (p.before) at.set(`${p.before.article.number}:${p.before.clause.id}`, 1000 + index(p.before));
  }
  return (c) => [c.article ?? -1, c.clause === null ? -1 : (at.get(`${c.article}:${c.clause}`) ?? 2000)];
}

/**
 * The semantic diff of two compiled, IR-checked versions of a policy: every change clause by
 * clause (clauses matched by id, renames recognised by their bodies), each classed as
 * behavioural or not, and for each behavioural change an applicant whose award differs.
 */
export function diffPolicies(before: Policy, after: Policy, opts: DiffOptions = {}): PolicyDiff {
  const renames = paramRenames(before, after);
  const cx = canons(before, after, renames);
  const pairs = matchClauses(before, after, cx);
  const drafts: Draft[] = [
    ...diffPolicyParts(before, after, renames),
    ...diffArticles(before, after, pairs, cx),
    ...pairs.flatMap((p) =>
      p.before && p.after ? diffClause({ before: p.before, after: p.after }, cx) : [addedOrRemoved(p)],
    ),
  ];
  const pos = position(pairs);
  const keyed = drafts.map((d, i) => ({ d, k: [...pos(d.change), i] }));
  keyed.sort((x, y) => x.k[0]! - y.k[0]! || x.k[1]! - y.k[1]! || x.k[2]! - y.k[2]!);
  const changes = keyed.map(({ d }) => withWitness(d, before, after, opts));
  return {
    before: { id: before.id, ...(before.file !== undefined ? { file: before.file } : {}) },
    after: { id: after.id, ...(after.file !== undefined ? { file: after.file } : {}) },
    changes,
    behavioural: changes.filter((c) => c.behavioural).length,
    tests: diffTests(before, after),
  };
}

function withWitness(d: Draft, before: Policy, after: Policy, opts: DiffOptions): Change {
  if (!d.target || opts.witnesses === false) return d.change;
  if (d.target.kind === "none") return { ...d.change, witness: null };
  const { witness, tried } = findWitness(before, after, d.target, opts);
  if (witness) return { ...d.change, witness };
  const tail = `no applicant among ${tried} candidates built from both versions' breakpoints is paid differently`;
  const currency = currencyNote(d.change);
  const note = [d.change.note, currency?.[0], tail].filter((n) => n !== undefined).join("; ");
  const notes: DiffMessage[] = [
    ...(d.change.message.notes ?? []),
    ...(currency ? [currency[1]] : []),
    msg("note.noWitness", { tried }),
  ];
  return { ...d.change, witness: null, note, message: { ...d.change.message, notes } };
}

const AMOUNT_UNIT = /\d(?:万|亿)?(美元|欧元|港元|日元|元)/g;

/** When the amounts of a change are written in other currencies (`500万元` → `70万美元 at usdRate`), says so. */
function currencyNote(c: Change): [string, DiffMessage] | undefined {
  const units = (text: string | undefined) => [...new Set([...(text ?? "").matchAll(AMOUNT_UNIT)].map((m) => m[1]!))];
  const [before, after] = [units(c.before), units(c.after)];
  if (before.join() === after.join() || before.length === 0 || after.length === 0) return undefined;
  return [
    `its amounts are now in ${after.join(", ")} instead of ${before.join(", ")}: the same figures are other amounts of money`,
    msg("note.amountsCurrency", { after: after.join(", "), before: before.join(", ") }),
  ];
}
