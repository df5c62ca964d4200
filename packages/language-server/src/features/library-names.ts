import { createIncrementalChecker } from "@subsidia/compiler";
import { lex } from "@subsidia/syntax";
import type { Location } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "../model/analysis.js";
import { compileLibraryOf, type LibraryHost } from "../model/library.js";
import { rangeOf } from "../model/positions.js";
import { SymbolIndex } from "../model/symbols.js";

/** A place in another file of the library that names the parameter at hand. */
export interface LibraryPlace {
  location: Location;
  /** the policy's declaration of the parameter (a rule's fill is not one) */
  def: boolean;
}

export interface ParamInLibrary {
  places: LibraryPlace[];
  /** the names the policy declares (inputs and parameters), which a renamed parameter may not take */
  taken: Set<string>;
}

/**
 * Where the library names a parameter of a policy outside the open document: for a parameter of a
 * policy, the fills of the rules that implement it, and the new values and uses of it in the
 * amendments that amend it; from a rule or an amendment, also the parameter in the policy (its
 * declaration and every use). Each place is the name alone, so that a rename replaces it. Undefined
 * without a library, or for any other name.
 */
export function paramInLibrary(
  a: Analysis,
  offset: number,
  host: LibraryHost | undefined,
  openText: (uri: string) => string | undefined,
): ParamInLibrary | undefined {
  const sym = a.symbols().at(offset)?.sym;
  const head = a.result.ast.header;
  if (!host || sym?.kind !== "param" || !head) return undefined;
  const role = head.library?.role;
  const other = role === "rule" || role === "amendment";
  const policyId = role === undefined ? head.id.value : other ? head.library?.target?.value : undefined;
  if (policyId === undefined) return undefined;
  const compiled = compileLibraryOf(host, a.doc.uri, openText);
  if (!compiled) return undefined;
  const docOf = (file: string) => TextDocument.create(host.uriOf(file), "subsidia", 0, compiled.texts.get(file) ?? "");
  const places: LibraryPlace[] = [];
  const taken = new Set<string>();
  const policy = other ? compiled.library.policies.find((p) => p.id === policyId) : undefined;
  if (policy?.file !== undefined) {
    const doc = docOf(policy.file);
    const result = createIncrementalChecker(policy.file, { draft: true }).check(doc.getText());
    const index = new SymbolIndex(result.ast, result.draft);
    for (const s of index.symbols.values()) if (s.kind === "input" || s.kind === "param") taken.add(s.name);
    const declared = index.symbols.get(`param:${sym.name}`);
    for (const o of declared ? index.of(declared) : []) {
      places.push({ location: { uri: doc.uri, range: rangeOf(doc, o) }, def: o.def });
    }
  }
  const { rules, amendments } = compiled.library;
  const others = [
    ...rules
      .filter((r) => r.implements === policyId)
      .map((r) => ({ file: r.file, fills: r.fills, exprs: [] as unknown })),
    ...amendments
      .filter((x) => x.amends === policyId)
      .map((x) => ({ file: x.file, fills: x.params ?? [], exprs: x as unknown })),
  ];
  for (const o of others) {
    if (o.file === undefined || o.file === compiled.file) continue;
    const doc = docOf(o.file);
    const text = doc.getText();
    const found = o.fills.filter((f) => f.name === sym.name).flatMap((f) => nameIn(text, f.span, sym.name) ?? []);
    found.push(...paramUses(o.exprs, sym.name).filter((u) => text.slice(u.offset, u.offset + u.length) === sym.name));
    for (const at of found) places.push({ location: { uri: doc.uri, range: rangeOf(doc, at) }, def: false });
  }
  return { places, taken };
}

/** The uses of a parameter in the expressions of an amendment (IR `param` nodes): its clauses and new articles. */
function paramUses(exprs: unknown, name: string): { offset: number; length: number }[] {
  const found: { offset: number; length: number }[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const e = node as { k?: string; name?: string; span?: { offset: number; length: number } };
    if (e.k === "param" && e.name === name && e.span) found.push({ offset: e.span.offset, length: e.span.length });
    for (const v of Object.values(node)) visit(v);
  };
  visit(exprs);
  return found;
}

/** The name of a fill (`param rdStockRate: percent = 5% "…"`) as the lexer reads it, after its keyword. */
function nameIn(text: string, span: { offset: number; length: number }, name: string) {
  const tokens = lex(text.slice(span.offset, span.offset + span.length), "fill").tokens;
  const t = tokens.slice(1).find((x) => x.image === name);
  return t ? { offset: span.offset + t.startOffset, length: name.length } : undefined;
}
