import type { ArrayValue, ObjectValue, Value } from "./ast.js";
import { end, hasLineBreak, printLiteral } from "./format-expr.js";
import type { Writer } from "./format-writer.js";

/**
 * Test facts: objects and arrays. An object or array is written on one line,
 * `{ id: "p-1", amount: 50万元 }`, `[{ … }, { … }]`, unless the drafter broke
 * the line right after its opening bracket: then it is expanded, one entry per
 * line and no commas. An expanded value inside a one-line object hugs it:
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
  if (!isExpanded(w.text, v)) {
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
