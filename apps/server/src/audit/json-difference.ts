/** The first place where two JSON values differ (`awards[0].amount`), with both values; undefined when equal. */
export function firstDifference(
  a: unknown,
  b: unknown,
  at = "",
): { path: string; left: unknown; right: unknown } | undefined {
  if (Object.is(a, b)) return undefined;
  const here = at === "" ? "(result)" : at;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return { path: here, left: a, right: b };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
  for (const k of keys) {
    const d = firstDifference(ra[k], rb[k], at === "" ? k : `${at}.${k}`);
    if (d) return d;
  }
  return undefined;
}
