/** Edit distance (Levenshtein) between two short strings. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, when it is close enough to be a likely misspelling. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

/** " (did you mean `x`?)" or "" */
export const didYouMean = (s: string | undefined): string => (s === undefined ? "" : `; did you mean \`${s}\`?`);

/** `a`, `b` or `c` */
export const listOf = (xs: readonly string[]): string =>
  xs.length <= 1 ? xs.map((x) => `\`${x}\``).join("") : `${xs.slice(0, -1).map((x) => `\`${x}\``).join(", ")} or \`${xs[xs.length - 1]}\``;
