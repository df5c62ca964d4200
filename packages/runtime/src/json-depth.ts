/**
 * JSON nested deeper than a limit is refused before any recursive pass reads it (schemas,
 * error messages, evaluators): these find where, without recursion.
 */

/** The path of the first value of `json` nested `max` levels deep (depth-first, in order); null if none. */
export function deeperThan(json: unknown, max: number): PropertyKey[] | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, path } = top;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= max) return path;
    if (Array.isArray(value)) {
      // by index, holes of a sparse array included (`map` would skip them)
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return null;
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
