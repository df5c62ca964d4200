/**
 * JSON nested deeper than a limit is refused before any recursive pass reads it (schemas,
 * error messages, evaluators): these find where, without recursion.
 */

/** A value met in the walk: its key under its parent, and the parent's node (null at the root). */
interface Node {
  value: unknown;
  key: PropertyKey;
  parent: Node | null;
  depth: number;
}

/**
 * The path of the first value of `json` nested `max` levels deep (depth-first, in order); null if
 * none. Nodes point to their parent, so the path is built only when one is found.
 */
export function deeperThan(json: unknown, max: number): PropertyKey[] | null {
  const stack: Node[] = [{ value: json, key: "", parent: null, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, depth } = top;
    if (value === null || typeof value !== "object") continue;
    if (depth >= max) return pathOf(top);
    if (Array.isArray(value)) {
      // by index, holes of a sparse array included (`map` would skip them)
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: i, parent: top, depth: depth + 1 });
    } else {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        stack.push({ value: v, key, parent: top, depth: depth + 1 });
      }
    }
  }
  return null;
}

function pathOf(node: Node): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * Facts nest at most this deep (a list of records of a policy is three levels). The CLI's
 * `--max-depth` defaults to the same.
 */
export const MAX_FACTS_DEPTH = 64;

/**
 * A policy's IR nests at most this deep: the compiler never writes an expression more than 100
 * levels deep (P005), each level one or two JSON levels; only a hand-edited IR goes deeper.
 */
export const MAX_IR_DEPTH = 256;
