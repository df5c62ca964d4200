import type { FieldDecl, Header, HeaderEntry, InputDecl, ParamDecl } from "./ast.js";
import { end, printExpr, source } from "./format-expr.js";
import type { Writer } from "./format-writer.js";

/** The header, inputs and parameters in the canonical style: one entry or field per line. */

export function writeHeader(w: Writer, h: Header): void {
  w.begin(h.span.offset);
  w.write(headOf(w.text, h));
  w.block(w.openBrace(end(h.id.span)), end(h.span) - 1, h.entries.length === 0, () => {
    for (const e of h.entries) w.line(e.span.offset, headerEntry(w.text, e), end(e.span));
  });
  w.end(end(h.span));
}

/** `policy "id"`, `rule "id" implements "policy"`, `amendment "id" amends "policy"`, `vocabulary "id"` */
function headOf(text: string, h: Header): string {
  const id = source(text, h.id.span);
  const lib = h.library;
  if (lib === undefined) return `policy ${id}`;
  const target = lib.target ? ` ${source(text, lib.target.span)}` : "";
  if (lib.role === "rule") return `rule ${id} implements${target}`;
  if (lib.role === "amendment") return `amendment ${id} amends${target}`;
  return `vocabulary ${id}`;
}

function headerEntry(text: string, e: HeaderEntry): string {
  const s = (x: { span: HeaderEntry["span"] }) => source(text, x.span);
  switch (e.kind) {
    case "Title":
      return `title ${s(e.value)}`;
    case "Issuer":
      return `issuer ${s(e.value)}`;
    case "Source":
      return `source ${s(e.value)}`;
    case "Issued":
      return `issued ${e.date.value}`;
    case "Validity":
      return `valid from ${e.from.value} to ${e.to.value}${e.dateInput ? ` on ${e.dateInput.name}` : ""}`;
    case "Stacking":
      return `stacking ${e.rule.name}${e.text ? ` ${s(e.text)}` : ""}`;
    case "Rounding":
      return `rounding ${e.unit.text} ${e.mode.map((m) => m.name).join(" ")}`;
  }
}

export function writeInput(w: Writer, i: InputDecl): void {
  w.begin(i.span.offset);
  w.write(i.added ? "new input " : "input ");
  writeField(w, i.field);
  w.end(end(i.span));
}

/** `name: optional TYPE "doc"`, with the fields of a record or list in a block. */
function writeField(w: Writer, f: FieldDecl): void {
  const t = f.type;
  const doc = f.doc ? ` ${source(w.text, f.doc.span)}` : "";
  const members = t.enumValues ? `(${t.enumValues.map((v) => source(w.text, v.span)).join(", ")})` : "";
  const range = t.range ? ` from ${t.range.min.text} to ${t.range.max.text}` : "";
  w.write(
    `${f.name.name}: ${t.optional ? "optional " : ""}${t.history ? "history " : ""}${t.name.name}${t.currency ? ` in ${t.currency.name}` : ""}${members}${range}${doc}`,
  );
  if (t.fields === undefined) return;
  const fields = t.fields;
  w.block(w.openBrace(end(f.doc?.span ?? t.name.span)), end(t.span) - 1, fields.length === 0, () => {
    for (const field of fields) {
      w.begin(field.span.offset);
      writeField(w, field);
      w.end(end(field.span));
    }
  });
}

export function writeParam(w: Writer, p: ParamDecl): void {
  const cont = `${w.indentation}    `;
  const values = p.values.map(
    (v) =>
      `${printExpr(w.text, v.value, cont)}${v.from ? ` from ${v.from.value}` : ""}${v.text ? ` ${source(w.text, v.text.span)}` : ""}`,
  );
  const value = p.pending ? ` pending ${source(w.text, p.pending.span)}` : ` = ${values.join(", ")}`;
  const doc = p.doc ? ` ${source(w.text, p.doc.span)}` : "";
  w.line(p.span.offset, `${p.added ? "new " : ""}param ${p.name.name}: ${p.type.name}${value}${doc}`, end(p.span));
}

/** Inputs of one scalar or enum type and parameters take one line: no blank line needs to follow them. */
export function isOneLine(item: { kind: string; field?: FieldDecl }): boolean {
  return (
    item.kind === "Param" || item.kind === "Remove" || (item.kind === "Input" && item.field?.type.fields === undefined)
  );
}
