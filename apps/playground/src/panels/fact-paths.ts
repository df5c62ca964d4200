/** Paths into plain JSON facts, written as the runtime writes them: `projects[0].fixedAssetInvestment`. */
export type Path = (string | number)[];

export function pathText(path: Path): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}

type Json = Record<string, unknown> | unknown[];

function child(node: Json, key: string | number): unknown {
  return Array.isArray(node) ? node[key as number] : node[key as string];
}

export function getAt(root: Record<string, unknown>, path: Path): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = child(here as Json, key);
  }
  return here;
}

/** Sets (or, with `undefined`, deletes) the value at `path`, creating records on the way. */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let here: Json = root;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      if (Array.isArray(here)) here[key as number] = value;
      else if (value === undefined) delete here[key as string];
      else here[key as string] = value;
      return;
    }
    let next = child(here, key);
    if (typeof next !== "object" || next === null) {
      next = typeof path[i + 1] === "number" ? [] : {};
      if (Array.isArray(here)) here[key as number] = next;
      else here[key as string] = next;
    }
    here = next as Json;
  }
}
