/** How far text moved: by `offset` code units and `line` lines (columns stay: moves start at a line's start). */
export interface Shift {
  offset: number;
  line: number;
}

/** A span as moved in place (AST, IR and diagnostic spans all have these two). */
export interface MovableSpan {
  offset: number;
  line: number;
}

/**
 * Every span inside `values` (AST nodes, IR, diagnostics: plain data), once each
 * even when two nodes share one: collected once, moved at each edit before them.
 */
export function collectSpans(values: readonly unknown[]): MovableSpan[] {
  const found = new Set<MovableSpan>();
  for (const v of values) visit(v, found);
  return [...found];
}

/**
 * Moves spans by `by`, in place: re-checking reuses what an edit did not change,
 * and copying everything after the edit would cost more than reading it again.
 */
export function moveSpans(spans: readonly MovableSpan[], by: Shift): void {
  if (by.offset === 0 && by.line === 0) return;
  for (const s of spans) {
    s.offset += by.offset;
    s.line += by.line;
  }
}

/** `moveSpans(collectSpans(values), by)`, for values moved once. */
export function shiftSpans(values: readonly unknown[], by: Shift): void {
  if (by.offset !== 0 || by.line !== 0) moveSpans(collectSpans(values), by);
}

function visit(value: unknown, found: Set<MovableSpan>): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) visit(v, found);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v !== "object" || v === null) continue;
    if (key === "span") found.add(v as MovableSpan);
    else visit(v, found);
  }
}
