import { InlayHintKind, type InlayHint, type Range } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { moneyLiterals } from "./money-literals.js";
import { yuanText } from "./units.js";

/** `1000万元` → `= 10,000,000.00 元` after the literal: amounts in 万 and 亿, read in yuan. */
export function inlayHints(a: Analysis, range: Range): InlayHint[] {
  const [from, to] = [a.doc.offsetAt(range.start), a.doc.offsetAt(range.end)];
  return moneyLiterals(a)
    .filter((m) => /[万亿]/.test(m.text) && m.span.offset >= from && m.span.offset <= to)
    .map((m) => ({
      position: a.doc.positionAt(m.span.offset + m.span.length),
      label: `= ${yuanText(m.yuan)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
    }));
}
