import {
  type Clause,
  clauseExprs as placedExprs,
  type Expr,
  type InputField,
  type Policy,
  walkExpr,
} from "@subsidia/ir";

/** One place in an applicant's facts: a top-level fact (through records) or a field of the items of a list. */
export type SlotRef =
  | { scope: "fact"; path: readonly string[] }
  | { scope: "item"; list: string; path: readonly string[] };

export const slotKey = (r: SlotRef): string =>
  r.scope === "fact" ? `fact:${r.path.join(".")}` : `item:${r.list}:${r.path.join(".")}`;

/** The slot an expression reads directly (`p.totalInvestment`, `rdInvestment.current`), if any. */
export function slotOf(e: Expr, clause: Clause | null): SlotRef | null {
  if (e.k === "fact") return { scope: "fact", path: e.path };
  if (e.k === "item" && clause?.forEach && clause.forEach.var === e.var)
    return { scope: "item", list: clause.forEach.list, path: e.path };
  return null;
}

function walk(fields: readonly InputField[], path: readonly string[]): InputField | undefined {
  let here = fields;
  let found: InputField | undefined;
  for (const name of path) {
    found = here.find((f) => f.name === name);
    if (!found) return undefined;
    here = found.type.kind === "record" || found.type.kind === "list" ? found.type.fields : [];
  }
  return found;
}

/** The declaration of a slot in a policy's inputs. */
export function fieldOf(policy: Policy, ref: SlotRef): InputField | undefined {
  if (ref.scope === "fact") return walk(policy.inputs, ref.path);
  const list = policy.inputs.find((f) => f.name === ref.list);
  return list?.type.kind === "list" ? walk(list.type.fields, ref.path) : undefined;
}

/** Every slot an expression reads, in reading order. */
export function slotsIn(e: Expr | undefined, clause: Clause | null, out: SlotRef[] = []): SlotRef[] {
  if (!e) return out;
  for (const node of walkExpr(e)) {
    const s = slotOf(node, clause);
    if (s) out.push(s);
  }
  return out;
}

/** Every expression of a clause that can matter to its award. */
export function clauseExprs(c: Clause): Expr[] {
  return placedExprs(c).map((x) => x.expr);
}

/** The slot an award is computed from (the base of a rate or tiers, the key of a lookup). */
export function awardSlot(c: Clause): SlotRef | null {
  const a = c.award;
  if (!a) return null;
  if (a.kind === "rate" || a.kind === "tiers") return slotOf(a.base, c);
  if (a.kind === "lookup") return slotOf(a.key, c);
  return slotsIn(a.amount, c)[0] ?? null;
}
