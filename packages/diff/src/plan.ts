import type { InputField, ScalarKind } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";
import { addDays, isRound } from "./constants.js";
import type { Hint } from "./hints.js";
import { slotKey, type SlotRef } from "./slots.js";

/** A value of one slot in a candidate applicant; null leaves an optional fact out. */
export type Value = string | boolean | null;

/**
 * A record of the awards history (the input with role `awards`): `clause` paid the applicant, or the
 * item `w1` when `item`, the slot's amount the day before the application date.
 */
export interface AwardedRef {
  scope: "awarded";
  input: string;
  clause: string;
  item: boolean;
}

/** The values to try for one slot: `values[0]` is its default, the rest in the order tried. */
export interface SlotPlan {
  ref: SlotRef | AwardedRef;
  key: string;
  kind: ScalarKind;
  values: Value[];
}

const NUMERIC = new Set<ScalarKind>(["money", "number", "integer", "percent"]);

/** The values an enum slot may take in both versions (one side's when the other does not declare it). */
export function enumValues(fields: readonly (InputField | undefined)[]): string[] {
  const sets = fields.flatMap((f) => (f?.type.kind === "enum" ? [f.type.values] : []));
  if (sets.length === 0) return [];
  const common = sets[0]!.filter((v) => sets.every((s) => s.includes(v)));
  return common.length > 0 ? common : sets[0]!;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function numericValues(h: Hint): string[] {
  const ok = (t: string) =>
    /^-?\d+(\.\d+)?$/.test(t) &&
    (h.kind !== "money" || !t.startsWith("-")) &&
    (h.kind !== "integer" || /^-?\d+$/.test(t));
  const lo = h.lower
    .filter(ok)
    .map((t) => new Dec(t))
    .reduce<Dec | null>((m, x) => (m === null || x.gt(m) ? x : m), null);
  const hi = h.upper
    .filter(ok)
    .map((t) => new Dec(t))
    .reduce<Dec | null>((m, x) => (m === null || x.lt(m) ? x : m), null);
  const fits = (t: string) => (lo === null || new Dec(t).gte(lo)) && (hi === null || new Dec(t).lte(hi));
  const byValue = (a: string, b: string) => new Dec(a).cmp(new Dec(b));
  let all = uniq([...h.primary, ...h.secondary, ...h.lower, ...h.upper].filter(ok));
  if (h.primary.size === 0)
    all = uniq([
      ...all,
      ...(h.kind === "integer"
        ? ["1", "2", "3"]
        : h.kind === "percent"
          ? ["0.1", "0.3333"]
          : ["1000000", "1234567.89"]),
    ]);
  const round = all.filter((t) => isRound(new Dec(t))).sort(byValue);
  const rest = all.filter((t) => !isRound(new Dec(t))).sort(byValue);
  const award = [...h.awardPoints].filter(ok).sort(byValue).find(fits);
  const want = h.want.find((t) => ok(t) && fits(t));
  const first = want ?? award ?? lo?.toFixed() ?? hi?.toFixed() ?? round.find(fits) ?? round[0] ?? "0";
  return uniq([first, ...round, ...rest]);
}

function dateValues(h: Hint, fallback: string): string[] {
  const lo = [...h.lower].sort().at(-1);
  const hi = [...h.upper].sort()[0];
  const first = h.want[0] ?? lo ?? hi ?? (h.before !== undefined ? addDays(fallback, -h.before) : fallback);
  return uniq([first, ...[...h.primary, ...h.secondary, ...h.lower, ...h.upper].sort()]);
}

/**
 * The candidate values of a slot, default first: a value its conditions accept in both
 * versions when there is one (and, for amounts, the first breakpoint that pays), then the
 * round breakpoints in ascending order, then the values beside them; absent last.
 */
export function planSlot(h: Hint, fields: readonly (InputField | undefined)[], defaultDate: string): SlotPlan {
  const optional = fields.some((f) => f?.optional === true);
  let values: Value[];
  if (h.kind === "boolean") {
    const first = h.want.length > 0 ? h.want[0] === "true" : false;
    values = [first, !first];
  } else if (h.kind === "enum") {
    const declared = enumValues(fields);
    const wanted = h.want.filter((v) => declared.includes(v) && !h.avoid.includes(v));
    const fine = declared.filter((v) => !h.avoid.includes(v));
    values = uniq([...wanted, ...fine, ...declared]);
  } else if (h.kind === "date") values = dateValues(h, defaultDate);
  else if (NUMERIC.has(h.kind)) values = numericValues(h);
  else values = [h.ref.path.at(-1) === "id" ? "w1" : "x"];
  if (optional) values = h.given === false ? [null, ...values] : [...values, null];
  return { ref: h.ref, key: slotKey(h.ref), kind: h.kind, values };
}
