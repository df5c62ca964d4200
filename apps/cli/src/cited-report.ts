import type { Policy } from "@subsidia/ir";
import type { Translate } from "@subsidia/messages";
import type { CitedRule } from "@subsidia/runtime";
import type { Paint } from "./paint.js";

/** What a report shows of a clause beside its amount: its title, cited text and implementing rules. */
export interface Cited {
  title: string;
  citation?: string | undefined;
  rules?: readonly CitedRule[] | undefined;
}

/**
 * `under 《…管理办法》 (文号)` (`依据《…管理办法》（文号）` in Chinese): a rule or amendment the clause cites.
 */
export function ruleLine(r: CitedRule, tr: Translate): string {
  return tr("report.citedRule", {
    title: r.title,
    number: r.number ? tr("report.ruleNumber", { number: r.number }) : "",
  });
}

/**
 * The lines under an award or a pending item, before its explanation: the clause's cited text
 * quoted whole (a long sentence wraps in the terminal, never cut), then each rule it cites.
 */
export function citedLines(c: Cited, indent: string, paint: Paint, tr: Translate): string[] {
  return [
    ...(c.citation ? [`${indent}“${c.citation}”`] : []),
    ...(c.rules ?? []).map((r) => paint.dim(`${indent}${ruleLine(r, tr)}`)),
  ];
}

/**
 * A clause's title, cited text and rules read from the policy, as the runtime writes them on an
 * award (the clause's, else its article's): for a pending item, whose JSON carries none of them.
 */
export function clauseCited(policy: Policy, article: number, clause: string): Cited {
  const a = policy.articles.find((x) => x.number === article);
  const c = a?.clauses.find((x) => x.id === clause);
  const rules = [...(c?.rules ?? []), ...(a?.rules ?? [])].map((r) => ({
    title: r.title,
    ...(r.number ? { number: r.number } : {}),
  }));
  return { title: c?.title ?? a?.title ?? "", citation: c?.text ?? a?.text, rules };
}
