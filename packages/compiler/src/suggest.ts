/** "Did you mean …": `closest` and `distance` live in @subsidia/syntax, which the parser shares. */
export { closest, distance, didYouMean, tick } from "@subsidia/syntax";

/** Names in backticks, for a message parameter that lists them: `` [`a`, `b`] `` renders `` `a`, `b` or `c` ``. */
export const ticks = (xs: readonly string[]): string[] => xs.map((x) => `\`${x}\``);
