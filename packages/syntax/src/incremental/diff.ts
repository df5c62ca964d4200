import type { IToken } from "chevrotain";

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffText(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  // whole blocks first (comparing slices is much faster than comparing characters), then characters
  let start = 0;
  for (let block = BLOCK; block >= 1; block >>= 4) {
    while (start + block <= max && before.slice(start, start + block) === after.slice(start, start + block)) {
      start += block;
    }
  }
  let tail = 0;
  for (let block = BLOCK; block >= 1; block >>= 4) {
    while (
      tail + block <= max - start &&
      before.slice(before.length - tail - block, before.length - tail) ===
        after.slice(after.length - tail - block, after.length - tail)
    ) {
      tail += block;
    }
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const BLOCK = 4096;

const same = (a: IToken, b: IToken, shift: number): boolean =>
  a.tokenType === b.tokenType && a.image === b.image && a.startOffset + shift === b.startOffset;

/**
 * How many tokens the two lexings share: at the start, the tokens that end
 * before the edit (`firstChanged` is the first index after them), and at the
 * end, the tokens that start after it (`sameTail`), the old ones moved by the
 * edit's change of length. The lexer reads the same tokens from the same text.
 */
export function diffTokens(
  before: readonly IToken[],
  after: readonly IToken[],
  edit: TextEdit,
): { firstChanged: number; sameTail: number } {
  const max = Math.min(before.length, after.length);
  let firstChanged = 0;
  while (firstChanged < max) {
    const a = after[firstChanged]!;
    if (a.startOffset + a.image.length > edit.start || !same(before[firstChanged]!, a, 0)) break;
    firstChanged++;
  }
  const shift = edit.newEnd - edit.oldEnd;
  let sameTail = 0;
  while (sameTail < max - firstChanged) {
    const b = before[before.length - 1 - sameTail]!;
    const a = after[after.length - 1 - sameTail]!;
    if (a.startOffset < edit.newEnd || !same(b, a, shift)) break;
    sameTail++;
  }
  return { firstChanged, sameTail };
}
