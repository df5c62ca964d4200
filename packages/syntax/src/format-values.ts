import type { ArrayValue, ObjectValue, Value } from "./ast.js";
import { end, hasLineBreak, printLiteral } from "./format-expr.js";
import type { Writer } from "./format-writer.js";

/**
 * Test facts: objects and arrays. An object or array is written on one line,
 * `{ id: "p-1", amount: 50万元 }`, `[{ … }, { … }]`, unless the drafter broke
 * the line right after its opening bracket: then it is expanded, one entry per
 * line and no commas; so is a value whose one-line form would go past column
 * 120, so that long facts stay readable. An expanded value inside a one-line
 * object hugs it:
 *
 *     facts { applicationDate: 2026-06-30, projects: [
 *       { id: "a", … }
 *       { id: "b", … }
 *     ] }
 */

type Container = ObjectValue | ArrayValue;

/** Expanded when the source has a line break between the opening bracket and the first entry. */
export function isExpanded(text: string, v: Container): boolean {
  const first = v.kind === "Object" ? v.entries[0] : v.items[0];
  return first !== undefined && hasLineBreak(text.slice(v.span.offset + 1, first.span.offset));
}

/** The widest line `fmt` writes for a one-line object or array; a longer one is expanded. */
export const MAX_COLUMNS = 120;

/**
 * The first line of `v` as written on one line: all of it, or up to the opening bracket of the first part the
 * drafter expanded (the rest of the line is written on lines of its own).
 */
function oneLine(text: string, v: Value): { line: string; cut: boolean } {
  if (v.kind !== "Object" && v.kind !== "Array") return { line: printLiteral(text, v), cut: false };
  const [open, close] = v.kind === "Object" ? ["{", "}"] : ["[", "]"];
  const parts: [string, Value][] =
    v.kind === "Object"
      ? v.entries.map((e) => [`${e.key.kind === "Ident" ? e.key.name : printLiteral(text, e.key)}: `, e.value])
      : v.items.map((item) => ["", item]);
  if (parts.length === 0) return { line: `${open}${close}`, cut: false };
  if (isExpanded(text, v)) return { line: open, cut: true };
  const pad = v.kind === "Object" ? " " : "";
  let line = `${open}${pad}`;
  for (const [i, [key, value]] of parts.entries()) {
    const inner = oneLine(text, value);
    line += `${i > 0 ? ", " : ""}${key}${inner.line}`;
    if (inner.cut) return { line, cut: true };
  }
  return { line: `${line}${pad}${close}`, cut: false };
}

/** Writes `v` into the current line of `w`, opening lines for expanded parts. */
export function writeValue(w: Writer, v: Value): void {
  if (v.kind !== "Object" && v.kind !== "Array") {
    w.write(printLiteral(w.text, v));
    return;
  }
  const [open, close] = v.kind === "Object" ? ["{", "}"] : ["[", "]"];
  const closeAt = end(v.span) - 1;
  if (v.kind === "Object" ? v.entries.length === 0 : v.items.length === 0) {
    w.write(`${open}${close}`);
    return;
  }
  if (!isExpanded(w.text, v) && w.column + oneLine(w.text, v).line.length <= MAX_COLUMNS) {
    const pad = v.kind === "Object" ? " " : "";
    w.write(`${open}${pad}`);
    writeEntries(w, v, (i) => {
      if (i > 0) w.write(", ");
    });
    w.write(`${pad}${close}`);
    return;
  }
  w.write(open);
  w.open(v.span.offset + 1);
  writeEntries(
    w,
    v,
    (_i, start) => w.begin(start),
    (endAt) => w.end(endAt),
  );
  w.close(closeAt);
  w.write(close);
}

function writeEntries(
  w: Writer,
  v: Container,
  before: (i: number, start: number) => void,
  after?: (endAt: number) => void,
): void {
  if (v.kind === "Object") {
    v.entries.forEach((e, i) => {
      before(i, e.span.offset);
      w.write(`${e.key.kind === "Ident" ? e.key.name : printLiteral(w.text, e.key)}: `);
      writeValue(w, e.value);
      after?.(end(e.span));
    });
  } else {
    v.items.forEach((item, i) => {
      before(i, item.span.offset);
      writeValue(w, item);
      after?.(end(item.span));
    });
  }
}
