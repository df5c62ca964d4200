import type { Amendment, ImplementingRule, LibraryIndex, Policy } from "@subsidia/ir";
import type { FactsError } from "../facts.js";
import { Dec } from "../money.js";
import type { Award, IrError, Pending, Result } from "../result.js";
import { applyStacking, type Superseded } from "../stacking.js";
import { type Applied, withAddedInputs } from "./consolidate.js";
import { evaluateWith, type LibraryOptions } from "./evaluate-with.js";

/** What `match` reads: compiled documents, and the index for each policy's level. */
export interface Library {
  policies: readonly Policy[];
  rules: readonly ImplementingRule[];
  amendments: readonly Amendment[];
  index?: LibraryIndex | undefined;
}

export interface MatchedAward extends Award {
  policy: string;
  policyTitle: string;
}

export interface MatchedPolicy {
  id: string;
  title: string;
  level: string;
  inForce: boolean;
  total: string;
  upToTotal: string;
  applied: Applied;
}

/** The applicant against every policy of a library: awards after stacking, largest first. */
export interface Match {
  on?: string;
  total: string;
  upToTotal: string;
  awards: MatchedAward[];
  pending: (Pending & { policy: string })[];
  superseded: Superseded[];
  /** every policy evaluated, in force or not, with its totals after stacking */
  policies: MatchedPolicy[];
  /** policies the facts do not fit (a fact they require is missing, or of another type) */
  skipped: { policy: string; title: string; errors: FactsError[] }[];
}

export type MatchOutcome =
  | ({ ok: true } & Match)
  | { ok: false; kind: "facts"; errors: FactsError[] }
  | { ok: false; kind: "ir" | "eval"; policy: string; errors: IrError[] };

/**
 * Matches one applicant against a library (docs/library.md): each policy with the rules and
 * amendments in force on the applicant's date (or `options.on`), then each policy's stacking
 * rule across them (从优、就高、不重复), then every award sorted by amount (largest first, then
 * policy, article, clause, item). A fact no policy declares fails the whole match; a policy
 * whose own facts are missing or wrong is skipped with its reasons.
 */
export function match(facts: unknown, library: Library, options: LibraryOptions = {}): MatchOutcome {
  const evaluated: { policy: Policy; result: Result; applied: Applied }[] = [];
  const skipped: Match["skipped"] = [];
  for (const ir of library.policies) {
    const others = library.policies.filter((p) => p !== ir).flatMap((p) => withAddedInputs(p, library).inputs);
    const out = evaluateWith(ir, library, facts, { ...options, allowKeys: [...others, ...(options.allowKeys ?? [])] });
    if (out.ok) evaluated.push(out);
    else if (out.kind !== "facts") return out;
    else if (out.errors.some((e) => e.message.startsWith("unknown fact") || e.path === "(facts)"))
      return { ok: false, kind: "facts", errors: out.errors };
    else skipped.push({ policy: ir.id, title: ir.title, errors: out.errors });
  }
  const stacked = applyStacking(
    evaluated.map((e) => e.policy),
    evaluated.map((e) => e.result),
  );
  const level = (id: string) => library.index?.entries.find((e) => e.id === id)?.level ?? "unspecified";
  const awards = stacked.results.flatMap((r, i) =>
    r.awards.map((a) => ({ ...a, policy: r.policy, policyTitle: evaluated[i]?.policy.title ?? "" })),
  );
  awards.sort(
    (a, b) =>
      new Dec(b.amount).cmp(new Dec(a.amount)) ||
      a.policy.localeCompare(b.policy) ||
      a.article - b.article ||
      a.clause.localeCompare(b.clause) ||
      (a.item ?? "").localeCompare(b.item ?? ""),
  );
  return {
    ok: true,
    ...(options.on !== undefined ? { on: options.on } : {}),
    total: stacked.total,
    upToTotal: stacked.upToTotal,
    awards,
    pending: stacked.results.flatMap((r) => r.pending.map((p) => ({ ...p, policy: r.policy }))),
    superseded: stacked.superseded,
    policies: stacked.results.map((r, i) => ({
      id: r.policy,
      title: evaluated[i]?.policy.title ?? "",
      level: level(r.policy),
      inForce: r.inForce,
      total: r.total,
      upToTotal: r.upToTotal,
      applied: evaluated[i]?.applied ?? { rules: [], amendments: [] },
    })),
    skipped,
  };
}
