import type { Clause, InputField, Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";
import { jsonNumber } from "./applicant.js";
import type { FactJson } from "./fact-paths.js";
import { collectClause, type Hint, type Hints } from "./hints.js";
import { fieldOf, type SlotRef } from "./slots.js";

/** One fact of this applicant a near miss may change, with the values to try, nearest first. */
export interface Lever {
  path: string;
  keys: (string | number)[];
  from: FactJson;
  /** each with its distance from `from`: 0 to 1 for amounts (relative), 1 for anything else */
  values: { to: FactJson; cost: number }[];
}

const NUMERIC = new Set(["money", "number", "integer", "percent"]);

/**
 * Whether the applicant can change a fact by choice: never the policy's date input, a history
 * or awards input (or a field under one), an `id`, free text, nor a path in `fixed`
 * (declaration paths: `projects.highTech`).
 */
export function choosable(policy: Policy, ref: SlotRef, fixed: ReadonlySet<string>): boolean {
  const top = ref.scope === "fact" ? ref.path[0]! : ref.list;
  const root = policy.inputs.find((f) => f.name === top);
  if (!root || root.role !== undefined || top === policy.validity?.dateInput) return false;
  const names = ref.scope === "fact" ? ref.path : [ref.list, ...ref.path];
  for (let i = 1; i <= names.length; i++) if (fixed.has(names.slice(0, i).join("."))) return false;
  const field = fieldOf(policy, ref);
  if (!field || field.role !== undefined || field.type.kind === "string") return false;
  return ref.path.at(-1) !== "id";
}

function numericValues(h: Hint, field: InputField, from: FactJson): { to: FactJson; cost: number }[] {
  const now = typeof from === "number" || typeof from === "string" ? new Dec(from) : null;
  const ok = (t: string) =>
    /^-?\d+(\.\d+)?$/.test(t) && (field.type.kind !== "integer" || /^-?\d+$/.test(t)) && !t.startsWith("-");
  const all = [...new Set([...h.lower, ...h.upper, ...h.primary, ...h.secondary, ...h.awardPoints])].filter(ok);
  const out = all
    .map((t) => new Dec(t))
    .filter((d) => !now || !d.eq(now))
    .map((d) => {
      const base = Dec.max(d.abs(), now?.abs() ?? 0, 1);
      const cost = now ? d.minus(now).abs().div(base).toNumber() : 1;
      return { d, to: jsonNumber(d.toFixed()), cost: Math.min(cost, 1) };
    });
  return out.sort((a, b) => a.cost - b.cost || a.d.cmp(b.d)).map(({ to, cost }) => ({ to, cost }));
}

/** The values to try for one slot, nearest first, leaving out the value it has. */
function valuesOf(h: Hint, field: InputField, from: FactJson): { to: FactJson; cost: number }[] {
  const t = field.type;
  if (t.kind === "boolean") return [{ to: from !== true, cost: 1 }];
  if (t.kind === "enum") {
    const wanted = h.want.filter((v) => t.values.includes(v) && !h.avoid.includes(v));
    const rest = t.values.filter((v) => !h.avoid.includes(v) && !wanted.includes(v));
    return [...new Set([...wanted, ...rest])].filter((v) => v !== from).map((to) => ({ to, cost: 1 }));
  }
  if (t.kind === "date")
    return [...h.lower, ...h.upper, ...h.primary]
      .filter((d) => d !== from)
      .sort()
      .map((to) => ({ to, cost: 1 }));
  if (NUMERIC.has(t.kind)) return numericValues(h, field, from);
  return [];
}

/**
 * The facts of this applicant that decide a clause (for one item of a per-item clause, at
 * `index` of its list) and that the applicant can change, each with the values where the
 * clause's outcome can change (the diff's breakpoints), nearest first.
 */
export function leversOf(
  policy: Policy,
  clause: Clause,
  facts: Record<string, unknown>,
  index: number | null,
  fixed: ReadonlySet<string>,
): Lever[] {
  const hints: Hints = new Map();
  collectClause(hints, policy, clause);
  const out: Lever[] = [];
  for (const h of hints.values()) {
    if (!choosable(policy, h.ref, fixed)) continue;
    if (h.ref.scope === "item" && index === null) continue;
    const keys = h.ref.scope === "fact" ? [...h.ref.path] : [h.ref.list, index!, ...h.ref.path];
    let here: unknown = facts;
    for (const k of keys) here = here !== null && typeof here === "object" ? (here as never)[k] : undefined;
    const from = (here === undefined ? null : here) as FactJson;
    const values = valuesOf(h, fieldOf(policy, h.ref)!, from).slice(0, 6);
    if (values.length === 0) continue;
    const path = keys.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
    out.push({ path, keys, from, values });
  }
  return out;
}
