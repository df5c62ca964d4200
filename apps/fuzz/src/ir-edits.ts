import fc from "fast-check";

/**
 * Hand edits of IR JSON: a value anywhere replaced by another (of any JSON kind, or a
 * string of code), a key removed, an expression nested a little deeper. Paths are chosen
 * among the paths that exist.
 */
export type IrEdit = { path: (string | number)[]; op: "set" | "delete" | "wrap"; value?: unknown };

const VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e21,
  "",
  "x",
  "(globalThis.__subsidiaFuzzCanary = 1)",
  [],
  {},
  true,
  "0.3",
  "art1",
];

export function pathsOf(json: unknown, limit = 4000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[json, []]];
  while (stack.length > 0 && out.length < limit) {
    const [x, path] = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(x)) x.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) stack.push([v, [...path, k]]);
  }
  return out;
}

export function irEdits(json: unknown): fc.Arbitrary<IrEdit[]> {
  const paths = pathsOf(json);
  const edit = fc
    .tuple(fc.constantFrom(...paths), fc.constantFrom("set", "delete", "wrap"), fc.constantFrom(...VALUES))
    .map(([path, op, value]): IrEdit => ({ path, op: op as IrEdit["op"], value }));
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

/** A copy of `json` with the edits made. `wrap` puts the value under `-(…)` (a `neg`), a level deeper. */
export function applyIrEdits(json: unknown, edits: readonly IrEdit[]): unknown {
  const copy = structuredClone(json);
  for (const { path, op, value } of edits) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((x, k) => (x as Record<string | number, unknown> | undefined)?.[k], copy);
    const key = path.at(-1);
    if (parent === null || typeof parent !== "object" || key === undefined) continue;
    const p = parent as Record<string | number, unknown>;
    // an edit JavaScript itself refuses (an array's `length` set to an object) is not an IR a file could hold
    if (Array.isArray(p) && key === "length") continue;
    if (op === "delete") delete p[key];
    else if (op === "set") p[key] = structuredClone(value);
    else {
      const inner = p[key] as { type?: unknown; span?: unknown } | undefined;
      p[key] = { k: "neg", expr: inner, type: inner?.type ?? "money", src: "-x", span: inner?.span };
    }
  }
  return copy;
}
