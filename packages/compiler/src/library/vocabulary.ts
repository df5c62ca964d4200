import type { InputField } from "@subsidia/ir";
import type { Diagnostic, FieldDecl, InputDecl, Item, PolicyFile, TypeExpr } from "@subsidia/syntax";
import { compileFields } from "../compile-inputs.js";
import { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { itemKeyword } from "./library-header.js";

/** `vocabulary "id" { … }`: inputs declared once, for every policy that `uses` it. */
export interface Vocabulary {
  id: string;
  title: string;
  file: string;
  text: string;
  inputs: InputField[];
  decls: InputDecl[];
}

/** Compiles a vocabulary: only `input` lines, checked as a policy's inputs are. */
export function compileVocabulary(
  ast: PolicyFile,
  text: string,
  file: string,
): { vocabulary?: Vocabulary; diagnostics: Diagnostic[] } {
  const ctx = new Context(text, file);
  const decls: InputDecl[] = [];
  for (const item of ast.items)
    if (item.kind === "Input") decls.push(item);
    else ctx.report("R003.vocabulary", item.span, { found: itemKeyword(item) });
  const inputs = compileFields(
    ctx,
    decls.map((d) => d.field),
  );
  if (ctx.diagnostics.some((d) => d.severity === "error")) return { diagnostics: ctx.diagnostics };
  const title = ast.header?.entries.find((e) => e.kind === "Title");
  const vocabulary: Vocabulary = {
    id: ast.header?.id.value ?? "",
    title: title?.kind === "Title" ? title.value.value : "",
    file,
    text,
    inputs,
    decls,
  };
  return { vocabulary, diagnostics: ctx.diagnostics };
}

/**
 * A policy's tree with each `uses "v"` replaced by the inputs of vocabulary `v` that the policy
 * does not declare itself. The policy may repeat an input exactly; one it declares otherwise
 * is an error (R010), as is an unknown vocabulary (R011).
 */
export function useVocabularies(
  ast: PolicyFile,
  text: string,
  vocabularies: ReadonlyMap<string, Vocabulary>,
): { ast: PolicyFile; texts: Map<string, string>; diagnostics: Diagnostic[] } {
  const ctx = new Context(text, ast.span.file);
  const own = new Map<string, FieldDecl>();
  for (const item of ast.items) if (item.kind === "Input") own.set(item.field.name.name, item.field);
  const texts = new Map<string, string>();
  const items: Item[] = [];
  for (const item of ast.items) {
    if (item.kind !== "Uses") {
      items.push(item);
      continue;
    }
    const v = vocabularies.get(item.vocabulary.value);
    if (v === undefined && vocabularies.size === 0) {
      ctx.report("R011.noneRead", item.vocabulary.span, { id: item.vocabulary.value });
      continue;
    }
    if (v === undefined) {
      const ids = [...vocabularies.keys()];
      const s = closest(item.vocabulary.value, ids);
      const params = { id: item.vocabulary.value, expected: ticks(ids), hint: didYouMean(s) };
      ctx.report("R011.vocabulary", item.vocabulary.span, params, { expected: ids, suggestion: s });
      continue;
    }
    texts.set(v.file, v.text);
    for (const d of v.decls) {
      const mine = own.get(d.field.name.name);
      if (mine === undefined) items.push(d);
      else if (typeText(mine.type) !== typeText(d.field.type)) {
        const params = {
          name: mine.name.name,
          vocabulary: v.id,
          there: typeText(d.field.type),
          here: typeText(mine.type),
        };
        ctx.report("R010.conflict", mine.type.span, params);
      }
    }
  }
  return { ast: { ...ast, items }, texts, diagnostics: ctx.diagnostics };
}

/** A type as one line of text, to compare two declarations and to quote them. */
export function typeText(t: TypeExpr): string {
  const opt = t.optional ? "optional " : "";
  const range = t.range ? ` from ${t.range.min.value} to ${t.range.max.value}` : "";
  if (t.enumValues) return `${opt}enum(${t.enumValues.map((v) => JSON.stringify(v.value)).join(", ")})`;
  if (t.fields) {
    const fields = t.fields.map((f) => `${f.name.name}: ${typeText(f.type)}`).join(", ");
    return `${opt}${t.name.name} { ${fields} }`;
  }
  return `${opt}${t.name.name}${range}`;
}
