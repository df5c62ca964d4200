import { applyChanges, type FactJson, parsePath } from "@subsidia/diff";
import type { Lang, Translate } from "@subsidia/messages";
import { Dec, formatYuan, type Result } from "@subsidia/runtime";
import { CliError } from "./errors.js";
import { cliLang, tr } from "./lang.js";
import { money } from "./money-text.js";
import type { Paint } from "./paint.js";
import { changesText, colon, moneyChange } from "./why-not-report.js";

export interface Change {
  path: string;
  from: FactJson;
  to: FactJson;
}

/** One award item before and after the changes (0.00 where there is none). */
export interface AwardDifference {
  article: number;
  clause: string;
  item?: string;
  before: string;
  after: string;
  change: string;
}

export interface WhatIf {
  changes: Change[];
  total: { before: string; after: string; change: string };
  awards: AwardDifference[];
}

/** `path=value`: the value as JSON when it reads as JSON (`20000000`, `true`, `null`), else as text. */
function parseOne(arg: string, facts: unknown): Change {
  const eq = arg.indexOf("=");
  const path = eq > 0 ? arg.slice(0, eq) : "";
  const keys = parsePath(path);
  if (!keys) throw new CliError(tr()("usage.whatIfArgument", { argument: arg }), 2);
  const text = arg.slice(eq + 1);
  let to: FactJson;
  try {
    const v = JSON.parse(text) as unknown;
    to = v === null || ["string", "number", "boolean"].includes(typeof v) ? (v as FactJson) : text;
  } catch {
    to = text;
  }
  let here: unknown = facts;
  for (const k of keys) here = here !== null && typeof here === "object" ? (here as never)[k] : undefined;
  const from = here === undefined || (here !== null && typeof here === "object") ? null : (here as FactJson);
  return { path, from, to };
}

/**
 * The facts with the `--what-if` changes applied, in order. A path into the item just after a list's
 * last one adds that item (its fields given by further changes); a path further on is refused.
 */
export function whatIfFacts(args: readonly string[], facts: unknown): { changes: Change[]; facts: unknown } {
  const changes = args.map((a) => parseOne(a, facts));
  const changed = applyChanges(facts, changes);
  if (!changed) {
    const paths = changes.map((c) => `\`${c.path}\``).join(cliLang() === "en" ? ", " : "、");
    throw new CliError(tr()("usage.whatIfPaths", { paths }), 2);
  }
  return { changes, facts: changed };
}

const key = (a: { article: number; clause: string; item?: string | undefined }) =>
  JSON.stringify([a.article, a.clause, a.item ?? null]);

function signed(d: Dec): string {
  return `${d.gt(0) ? "+" : ""}${formatYuan(d)}`;
}

/** A signed difference as the report shows it: `-46000000.00` in English, `-4600万元` in Chinese (as drafters write). */
export function shownChange(change: string, lang: Lang): string {
  if (lang !== "zh") return change;
  return `${new Dec(change).gt(0) ? "+" : ""}${money(change, lang)}`;
}

/** The difference per award item between the result before and after the changes. */
export function difference(
  changes: Change[],
  before: Pick<Result, "awards" | "total">,
  after: Pick<Result, "awards" | "total">,
): WhatIf {
  const sums = new Map<string, { at: Result["awards"][number]; before: Dec; after: Dec }>();
  for (const [r, side] of [
    [before, "before"],
    [after, "after"],
  ] as const)
    for (const a of r.awards) {
      const k = key(a);
      const row = sums.get(k) ?? { at: a, before: new Dec(0), after: new Dec(0) };
      row[side] = row[side].plus(a.amount);
      sums.set(k, row);
    }
  const awards = [...sums.values()]
    .filter((x) => !x.before.eq(x.after))
    .map((x) => ({
      article: x.at.article,
      clause: x.at.clause,
      ...(x.at.item !== undefined ? { item: x.at.item } : {}),
      before: formatYuan(x.before),
      after: formatYuan(x.after),
      change: signed(x.after.minus(x.before)),
    }));
  const total = {
    before: before.total,
    after: after.total,
    change: signed(new Dec(after.total).minus(before.total)),
  };
  return { changes, total, awards };
}

/** The what-if part of the report: each award that changes, and the total. */
export function renderWhatIf(w: WhatIf, paint: Paint, lang: Lang, tr: Translate): string[] {
  const out = [paint.bold(tr("report.whatIf", { changes: changesText(w.changes, lang) }))];
  if (w.awards.length === 0) out.push(`  ${tr("report.whatIfSame")}`);
  for (const a of w.awards) {
    const at = `${tr("report.articleShort", { number: a.article })} ${a.clause}${a.item ? ` · ${a.item}` : ""}`;
    out.push(`  ${paint.cyan(at)}${colon(lang)}${moneyChange(a.before, a.after, shownChange(a.change, lang), lang)}`);
  }
  const { before, after } = w.total;
  const change = shownChange(w.total.change, lang);
  out.push(`  ${tr("report.whatIfTotal", { before: money(before, lang), after: money(after, lang), change })}`, "");
  return out;
}
