import { type Lang, translator } from "@subsidia/messages";
import type { ImplementingRule, Param } from "@subsidia/ir";
import type { Location } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "../model/analysis.js";
import { compileLibraryOf, type LibraryHost } from "../model/library.js";

export interface RuleFill {
  rule: ImplementingRule;
  fill: Param;
  /** the fill as written in the rule */
  source: string;
  location: Location;
}

/**
 * The implementing rules of the library that fill the pending parameter at `offset` of a
 * policy, each with the place of its fill, in the order they take effect (later rules last).
 * Compiles the library when asked: nothing is kept between requests.
 */
export function ruleFillsAt(
  a: Analysis,
  offset: number,
  host: LibraryHost | undefined,
  openText: (uri: string) => string | undefined,
): RuleFill[] {
  const sym = a.symbols().at(offset)?.sym;
  const id = a.result.ast.header?.id.value;
  if (!host || sym?.kind !== "param" || id === undefined || a.result.ast.header?.library) return [];
  const compiled = compileLibraryOf(host, a.doc.uri, openText);
  if (!compiled) return [];
  const out: RuleFill[] = [];
  for (const rule of compiled.library.rules.filter((r) => r.implements === id && r.file !== undefined)) {
    const fill = rule.fills.find((f) => f.name === sym.name);
    if (!fill) continue;
    const uri = host.uriOf(rule.file!);
    const text = compiled.texts.get(rule.file!) ?? "";
    const doc = TextDocument.create(uri, "subsidia", 0, text);
    const range = { start: doc.positionAt(fill.span.offset), end: doc.positionAt(fill.span.offset + fill.span.length) };
    const source = text.slice(fill.span.offset, fill.span.offset + fill.span.length).replace(/\s*\n\s*/g, " ");
    out.push({ rule, fill, source, location: { uri, range } });
  }
  return out;
}

/** The lines a hover adds for the rules that fill a pending parameter. */
export function ruleFillsText(fills: readonly RuleFill[], lang: Lang = "en"): string {
  const tr = translator(lang);
  return fills
    .map(({ rule, source }) => {
      const issuer = rule.issuer ? (lang === "zh" ? `（${rule.issuer}）` : ` (${rule.issuer})`) : "";
      const head = tr("editor.filledBy", { id: rule.id, issuer, from: rule.validity.from, to: rule.validity.to });
      return `${head}\n\n\`\`\`subsidia\n${source}\n\`\`\``;
    })
    .join("\n\n");
}
