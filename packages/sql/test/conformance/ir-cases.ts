import type { Policy } from "@subsidia/ir";
import type { SuitePolicy } from "./policies.js";

/**
 * Constructs the language does not write but the IR holds, made from a construct policy:
 * in `constructs/range-low.subsidia`, each clause `lowX` (tiers or a lookup) becomes the low end
 * of the range clause `x` (`rangeLow`) and is removed.
 */
export function irCases(all: readonly SuitePolicy[]): SuitePolicy[] {
  const source = all.find((p) => p.name.endsWith("constructs/range-low.subsidia"));
  if (!source) throw new Error("constructs/range-low.subsidia is missing");
  const policy = structuredClone(source.policy) as Policy;
  for (const article of policy.articles) {
    const donors = article.clauses.filter((c) => /^low[A-Z]/.test(c.id));
    for (const donor of donors) {
      const id = donor.id[3]!.toLowerCase() + donor.id.slice(4);
      const target = article.clauses.find((c) => c.id === id);
      if (!target?.rangeLow || !donor.award) throw new Error(`no range clause \`${id}\` for \`${donor.id}\``);
      target.rangeLow = donor.award;
    }
    article.clauses = article.clauses.filter((c) => !donors.includes(c));
  }
  return [{ name: `${source.name} (low ends of tiers and lookups)`, policy, facts: source.facts }];
}
