import { openSync, readSync } from "node:fs";

/** The offset just after the first line feed at or after `from` (the file's size when there is none). */
export function lineStart(file: string, from: number): number {
  const fd = openSync(file, "r");
  const buf = Buffer.alloc(1 << 16);
  for (let at = from; ; at += buf.length) {
    const n = readSync(fd, buf, 0, buf.length, at);
    if (n === 0) return at;
    const i = buf.subarray(0, n).indexOf(10);
    if (i >= 0) return at + i + 1;
  }
}
