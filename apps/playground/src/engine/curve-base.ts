import type { Clause, Expr, Policy } from "@subsidia/ir";
import { Dec, formatWan, type FactRecord, type FactValue, type NormalisedFacts } from "@subsidia/runtime";
import type { CurveMark } from "./curve-types.js";
import { t } from "../i18n.js";

/** The money base an award is computed from: a field of the clause's item, or a fact. */
export interface Base {
  kind: "item" | "fact";
  path: string[];
  src: string;
}

/** The base of `award RATE of BASE` and `award tiers of BASE`, when it is a money field the facts hold. */
export function baseOf(clause: Clause): Base | undefined {
  const award = clause.award;
  if (!award || (award.kind !== "rate" && award.kind !== "tiers")) return undefined;
  const e = award.base;
  if (e.type !== "money") return undefined;
  if (e.k === "item" && clause.forEach && e.var === clause.forEach.var)
    return { kind: "item", path: e.path, src: e.src };
  if (e.k === "fact") return { kind: "fact", path: e.path, src: e.src };
  return undefined;
}

function isRecord(v: FactValue | undefined): v is FactRecord {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !Dec.isDecimal(v);
}

/** A copy of `record` with the value at `path` replaced. */
export function setPath(record: FactRecord, path: readonly string[], value: FactValue): FactRecord {
  const [head, ...rest] = path;
  if (head === undefined) return record;
  if (rest.length === 0) return { ...record, [head]: value };
  const inner = record[head];
  return { ...record, [head]: setPath(isRecord(inner) ? inner : {}, rest, value) };
}

export function getPath(record: FactRecord, path: readonly string[]): FactValue | undefined {
  let here: FactValue | undefined = record;
  for (const name of path) here = isRecord(here) ? here[name] : undefined;
  return here;
}

/** The facts with one value of the swept item (or the facts themselves) replaced. */
export function withValue(
  facts: NormalisedFacts,
  clause: Clause,
  kind: Base["kind"],
  item: number,
  path: readonly string[],
  value: FactValue,
): NormalisedFacts {
  if (kind === "fact" || !clause.forEach) return setPath(facts, path, value);
  const list = clause.forEach.list;
  const items = [...((facts[list] as readonly FactRecord[] | undefined) ?? [])];
  const record = items[item];
  if (record === undefined) return facts;
  items[item] = setPath(record, path, value);
  return { ...facts, [list]: items };
}

/** The record a base path is read from: the item, or the facts. */
export function scope(
  facts: NormalisedFacts,
  clause: Clause,
  kind: Base["kind"],
  item: number,
): FactRecord | undefined {
  if (kind === "fact" || !clause.forEach) return facts;
  return ((facts[clause.forEach.list] as readonly FactRecord[] | undefined) ?? [])[item];
}

/** The value of a literal, or of a parameter with a single literal value. */
export function literal(e: Expr, policy: Policy): Dec | undefined {
  if (e.k === "lit") return typeof e.value === "string" && e.type !== "date" ? new Dec(e.value) : undefined;
  if (e.k === "param") {
    const p = policy.params.find((q) => q.name === e.name);
    const only = p && p.pending === undefined && p.values.length === 1 ? p.values[0] : undefined;
    return only ? literal(only.value, policy) : undefined;
  }
  return undefined;
}

function readsBase(e: Expr, base: Base): boolean {
  return (e.k === "item" || e.k === "fact") && e.k === base.kind && e.path.join(".") === base.path.join(".");
}

/** Where the award starts or stops along the base: `when` comparisons of the base, tier boundaries. */
export function thresholds(clause: Clause, base: Base, policy: Policy): CurveMark[] {
  const marks: CurveMark[] = [];
  const visit = (e: Expr): void => {
    if (e.k === "and") e.args.forEach(visit);
    if (e.k !== "cmp") return;
    const other = readsBase(e.left, base) ? e.right : readsBase(e.right, base) ? e.left : undefined;
    const at = other && literal(other, policy);
    if (at) marks.push({ at: at.toFixed(), label: `when ${e.src}` });
  };
  clause.conditions.forEach(visit);
  if (clause.award?.kind === "tiers") {
    for (const t of clause.award.tiers) {
      const at = literal(t.atLeast, policy);
      if (at) marks.push({ at: at.toFixed(), label: `at least ${t.atLeast.src}: ${t.amount.src}` });
    }
  }
  return marks;
}

/** A landmark's position, short: `2500万元`, or `≈3333.33万元` when the exact figure is long. */
function roughWan(v: Dec): string {
  const exact = formatWan(v);
  return exact.length <= 10 ? exact : `≈${v.div(10000).toDecimalPlaces(2).toFixed()}万元`;
}

/** The per item caps, and where `RATE of BASE` reaches the lowest one. */
export function capsAndKnee(clause: Clause, policy: Policy): { caps: CurveMark[]; knee?: CurveMark } {
  const caps: CurveMark[] = [];
  for (const c of clause.caps) {
    const at = literal(c.amount, policy);
    if (at) caps.push({ at: at.toFixed(), label: `cap ${c.amount.src}` });
  }
  const award = clause.award;
  const rate = award?.kind === "rate" ? literal(award.rate, policy) : undefined;
  if (caps.length === 0 || !rate || rate.isZero()) return { caps };
  const lowest = Dec.min(...caps.map((c) => new Dec(c.at)));
  const knee = lowest.div(rate).toDecimalPlaces(2, Dec.ROUND_UP);
  return { caps, knee: { at: knee.toFixed(), label: t("pg.curve.knee", { at: roughWan(knee) }) } };
}
