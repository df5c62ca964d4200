/** One fact's value in plain JSON facts. */
export type FactJson = string | number | boolean | null;

/** The keys of a fact path as error messages write it: `projects[0].fixedAssetInvestment` → `projects`, 0, `…`. */
export function parsePath(path: string): (string | number)[] | null {
  const keys: (string | number)[] = [];
  const re = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest !== "") {
    const m = re.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
    rest = rest.slice(m[0].length);
  }
  return keys.length > 0 && typeof keys[0] === "string" ? keys : null;
}

type Json = Record<string, unknown>;

/** A deep copy of plain JSON facts. */
const clone = (facts: unknown): Json => JSON.parse(JSON.stringify(facts ?? {})) as Json;

/** The value at a path (undefined when a step is missing). */
export function getPath(facts: unknown, keys: readonly (string | number)[]): unknown {
  let here: unknown = facts;
  for (const k of keys) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Json)[k as string];
  }
  return here;
}

/**
 * A copy of the facts with one value set, creating the records on the way, and an item just
 * after a list's last (`projects[1].id` when there is one project); a path into any other item
 * that does not exist is refused with null.
 */
export function setPath(facts: unknown, keys: readonly (string | number)[], value: unknown): Json | null {
  const root = clone(facts);
  let here: Json | unknown[] = root;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const last = i === keys.length - 1;
    if (Array.isArray(here) !== (typeof k === "number")) return null;
    // a path into the item just after the last one appends it (a near miss that adds an item)
    if (Array.isArray(here) && ((k as number) > here.length || ((k as number) === here.length && last))) return null;
    if (Array.isArray(here) && (k as number) === here.length) here.push({});
    if (last) {
      (here as Json)[k as string] = value;
      break;
    }
    let next = (here as Json)[k as string];
    if (next === undefined || next === null) {
      // a list not given starts with its first item (`newFoodApprovals[0].id`)
      if (typeof keys[i + 1] === "number" && keys[i + 1] !== 0) return null;
      next = typeof keys[i + 1] === "number" ? [] : {};
      (here as Json)[k as string] = next;
    }
    if (typeof next !== "object") return null;
    here = next as Json;
  }
  return root;
}

/** Applies changes `{ path, to }` in order; null when a path is malformed or leads nowhere. */
export function applyChanges(facts: unknown, changes: readonly { path: string; to: unknown }[]): Json | null {
  let out = clone(facts);
  for (const c of changes) {
    const keys = parsePath(c.path);
    const next = keys ? setPath(out, keys, c.to) : null;
    if (!next) return null;
    out = next;
  }
  return out;
}
