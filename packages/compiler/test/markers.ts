/**
 * Expected diagnostics are marked in the source of a fixture: a comment line
 * `//     ^ CODE` puts a caret under the column of the line above it (the nearest
 * line that is not itself a marker) where a diagnostic with CODE must start.
 */
export interface Marker {
  line: number;
  column: number;
  code: string;
}

const MARKER = /^\s*\/\/(\s*)\^+\s+([A-Z]\d{3})\s*$/;

export function markersOf(text: string): Marker[] {
  const lines = text.split("\n");
  const out: Marker[] = [];
  let target = 0;
  lines.forEach((l, i) => {
    const m = MARKER.exec(l);
    if (!m) {
      target = i + 1;
      return;
    }
    out.push({ line: target, column: l.indexOf("^") + 1, code: m[2]! });
  });
  return out;
}
