import { type Expr, walkExpr } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";

/**
 * The parts of two lists that differ, compared by key as multisets (order ignored):
 * what only the old list has and what only the new one has, each in list order.
 */
export function keyedDiff<T>(
  before: readonly T[],
  after: readonly T[],
  keyBefore: (t: T) => string,
  keyAfter: (t: T) => string,
): { removed: T[]; added: T[] } {
  const counts = new Map<string, number>();
  for (const t of after) counts.set(keyAfter(t), (counts.get(keyAfter(t)) ?? 0) + 1);
  const removed: T[] = [];
  for (const t of before) {
    const k = keyBefore(t);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else removed.push(t);
  }
  const left = new Map<string, number>();
  for (const t of before) left.set(keyBefore(t), (left.get(keyBefore(t)) ?? 0) + 1);
  const added: T[] = [];
  for (const t of after) {
    const k = keyAfter(t);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else added.push(t);
  }
  return { removed, added };
}

/** Pairs the removed and added parts that share a key (first come, first paired); returns what is left unpaired. */
export function pairBy<T>(
  removed: T[],
  added: T[],
  keyBefore: (t: T) => string,
  keyAfter: (t: T) => string,
): { pairs: [T, T][]; removed: T[]; added: T[] } {
  const pairs: [T, T][] = [];
  const rest = [...added];
  const unpaired: T[] = [];
  for (const r of removed) {
    const i = rest.findIndex((a) => keyAfter(a) === keyBefore(r));
    if (i >= 0) pairs.push([r, rest.splice(i, 1)[0]!]);
    else unpaired.push(r);
  }
  return { pairs, removed: unpaired, added: rest };
}

function literals(e: Expr): Expr[] {
  return [...walkExpr(e)].filter((x) => x.k === "lit");
}

/** `raised` or `lowered` when the first numeric literal that differs went up or down; else `changed`. */
export function direction(before: Expr, after: Expr): "raised" | "lowered" | "changed" {
  const a = literals(before);
  const b = literals(after);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.k !== "lit" || y.k !== "lit" || typeof x.value !== "string" || typeof y.value !== "string") continue;
    if (!/^-?\d+(\.\d+)?$/.test(x.value) || !/^-?\d+(\.\d+)?$/.test(y.value)) continue;
    const c = new Dec(y.value).cmp(new Dec(x.value));
    if (c !== 0) return c > 0 ? "raised" : "lowered";
  }
  return "changed";
}
