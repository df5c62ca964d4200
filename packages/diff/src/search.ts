import type { SlotPlan, Value } from "./plan.js";

function* combinations(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++) for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest];
}

function* product(lists: readonly Value[][]): Generator<Value[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [head, ...tail] = lists as [Value[], ...Value[][]];
  for (const v of head) for (const rest of product(tail)) yield [v, ...rest];
}

/**
 * Candidate assignments of the slots, nearest to the defaults first: the defaults, then
 * every single slot changed to each of its other values (slots in priority order, values
 * in their order), then every pair of slots, and so on up to `maxChanged` slots.
 */
export function* assignments(slots: readonly SlotPlan[], maxChanged = 3): Generator<Value[]> {
  const defaults = slots.map((s) => s.values[0] ?? null);
  yield defaults;
  for (let k = 1; k <= Math.min(maxChanged, slots.length); k++) {
    for (const chosen of combinations(slots.length, k)) {
      const others = chosen.map((i) => slots[i]!.values.slice(1));
      if (others.some((o) => o.length === 0)) continue;
      for (const values of product(others)) {
        const out = [...defaults];
        chosen.forEach((slot, j) => (out[slot] = values[j]!));
        yield out;
      }
    }
  }
}
