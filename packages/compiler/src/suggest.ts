/** "Did you mean …": `closest` and `distance` live in @subsidia/syntax, which the parser shares. */
export { closest, distance } from "@subsidia/syntax";

/** " (did you mean `x`?)" or "" */
export const didYouMean = (s: string | undefined): string => (s === undefined ? "" : `; did you mean \`${s}\`?`);

/** `a`, `b` or `c` */
export const listOf = (xs: readonly string[]): string =>
  xs.length <= 1
    ? xs.map((x) => `\`${x}\``).join("")
    : `${xs
        .slice(0, -1)
        .map((x) => `\`${x}\``)
        .join(", ")} or \`${xs[xs.length - 1]}\``;
