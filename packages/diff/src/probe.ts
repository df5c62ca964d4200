import type { Clause, Expr, Policy } from "@subsidia/ir";
import { collectClause, collectDates, type Hints } from "./hints.js";
import type { Select } from "./outcome.js";
import { constValues } from "./constants.js";
import { type AwardedRef, planSlot, type SlotPlan } from "./plan.js";
import { awardSlot, fieldOf, slotKey, slotsIn } from "./slots.js";

/** One search: the slots to vary (in priority order), the lists to fill, and what to compare. */
export interface Probe {
  slots: SlotPlan[];
  lists: string[];
  selectBefore: Select;
  selectAfter: Select;
}

export interface ProbeSpec {
  before?: Clause;
  after?: Clause;
  /** expressions of the change: the slots they read are varied first */
  focus: readonly Expr[];
  /** vary the application date too (first when `dateFirst`) */
  date: "no" | "yes" | "first";
  selectBefore: Select;
  selectAfter: Select;
}

/** A date in force in both versions when their windows overlap: the later start. */
export function defaultDate(before: Policy, after: Policy): string {
  const vs = [before.validity, after.validity].filter((v) => v !== undefined);
  if (vs.length === 0) return after.issued ?? before.issued ?? "2026-01-01";
  const from = vs
    .map((v) => v.from)
    .sort()
    .at(-1)!;
  const to = vs.map((v) => v.to).sort()[0]!;
  return from <= to ? from : vs.at(-1)!.from;
}

const AWARDS = (p: Policy) => p.inputs.find((f) => f.role === "awards")?.name;

/**
 * For a clause that reads the awards history (`once`, `less received`, a cap across years): none by
 * default, then one record of the clause (for the item `w1`) of 10万元 and of half each cap across years.
 */
function historySlots(before: Policy, after: Policy, clauses: readonly Clause[]): SlotPlan[] {
  const input = AWARDS(after) ?? AWARDS(before);
  if (input === undefined || AWARDS(after) !== AWARDS(before)) return [];
  const ids = new Map<string, Clause[]>();
  for (const c of clauses)
    if (c.once || c.lessReceived || (c.historyCaps?.length ?? 0) > 0) ids.set(c.id, [...(ids.get(c.id) ?? []), c]);
  return [...ids].map(([id, cs]) => {
    const halves = cs.flatMap((c) =>
      (c.historyCaps ?? []).flatMap((h) => constValues(h.amount, after) ?? constValues(h.amount, before) ?? []),
    );
    const amounts = ["100000", ...halves.map((k) => k.div(2).toDecimalPlaces(2).toFixed())];
    const ref: AwardedRef = { scope: "awarded", input, clause: id, item: cs.some((c) => c.forEach !== undefined) };
    return { ref, key: `awarded:${id}`, kind: "money", values: [null, ...new Set(amounts)] };
  });
}

/** Builds the slots of a search from what both versions of a clause say about the facts they read. */
export function makeProbe(before: Policy, after: Policy, spec: ProbeSpec, date: string): Probe {
  const hints: Hints = new Map();
  if (spec.before) collectClause(hints, before, spec.before, date);
  if (spec.after) collectClause(hints, after, spec.after, date);
  const dateKeys: string[] = [];
  if (spec.date !== "no") {
    const had = new Set(hints.keys());
    collectDates(hints, before);
    collectDates(hints, after);
    for (const p of [before, after])
      if (p.validity) dateKeys.push(slotKey({ scope: "fact", path: [p.validity.dateInput] }));
    for (const k of hints.keys()) if (!had.has(k) && !dateKeys.includes(k)) dateKeys.push(k);
  }
  const clauses = [spec.before, spec.after].filter((c): c is Clause => c !== undefined);
  const focus = spec.focus.flatMap((e) => clauses.flatMap((c) => slotsIn(e, c)));
  const award = clauses.flatMap((c) => awardSlot(c) ?? []);
  const first = [...(spec.date === "first" ? dateKeys : []), ...focus.map(slotKey), ...award.map(slotKey)];
  const order = [...new Set([...first, ...hints.keys()])].filter((k) => hints.has(k));
  const slots = order.map((k) => {
    const h = hints.get(k)!;
    return planSlot(h, [fieldOf(before, h.ref), fieldOf(after, h.ref)], date);
  });
  slots.splice(focus.length > 0 ? 1 : 0, 0, ...historySlots(before, after, clauses));
  const lists = [...new Set(clauses.flatMap((c) => (c.forEach ? [c.forEach.list] : [])))];
  return { slots, lists, selectBefore: spec.selectBefore, selectAfter: spec.selectAfter };
}
