import { keywords } from "@subsidia/syntax";
import { ResponseError, type Location, type Range, type WorkspaceEdit } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { rangeOf } from "../model/positions.js";
import type { Occurrence, Sym } from "../model/symbols.js";

/** Go to definition: the declaration of the input, field, parameter, clause, article or item variable. */
export function definitionAt(a: Analysis, offset: number): Location | null {
  const def = a.symbols().at(offset)?.sym.def;
  return def ? { uri: a.doc.uri, range: rangeOf(a.doc, def) } : null;
}

/** Find references: every use (in expressions, tests' facts and expectations), and the declaration if asked. */
export function referencesAt(a: Analysis, offset: number, withDeclaration: boolean): Location[] {
  const o = a.symbols().at(offset);
  if (!o) return [];
  return a
    .symbols()
    .of(o.sym)
    .filter((r) => withDeclaration || !r.def)
    .map((r) => ({ uri: a.doc.uri, range: rangeOf(a.doc, r) }));
}

/** What can be renamed: names (not article numbers). */
export function prepareRenameAt(a: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const o = renamable(a, offset);
  return o ? { range: rangeOf(a.doc, o), placeholder: o.sym.name } : null;
}

const KEYWORDS = new Set<string>(keywords);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renames a name everywhere it is used: expressions, the `for each` and `valid … on`
 * lines, tests' facts, `expect award/pending/no award` and `expect invalid "path"`.
 */
export function renameAt(a: Analysis, offset: number, newName: string): WorkspaceEdit {
  const o = renamable(a, offset);
  if (!o) throw new ResponseError(0, "only inputs, fields, parameters, clauses and item variables can be renamed");
  checkNewName(o.sym, newName);
  const clash = clashing(a, o, newName);
  if (clash) throw new ResponseError(0, `\`${newName}\` is already ${clash}; expected a name not yet used`);
  const edits = a
    .symbols()
    .of(o.sym)
    .map((r) => ({ range: rangeOf(a.doc, r), newText: newName }));
  return { changes: { [a.doc.uri]: edits } };
}

/** Refuses a new name that is not an identifier, or a keyword (a field may be named by one: `c.type`). */
export function checkNewName(sym: Sym, newName: string): void {
  if (!IDENTIFIER.test(newName)) {
    throw new ResponseError(
      0,
      `\`${newName}\` is not a name; expected letters, digits and \`_\`, not starting with a digit`,
    );
  }
  if (sym.kind !== "field" && KEYWORDS.has(newName)) {
    throw new ResponseError(0, `\`${newName}\` is a keyword; expected another name`);
  }
}

function renamable(a: Analysis, offset: number): Occurrence | undefined {
  const o = a.symbols().at(offset);
  return o && o.sym.kind !== "article" ? o : undefined;
}

/** Another declaration the new name would collide with. */
function clashing(a: Analysis, o: Occurrence, name: string): string | undefined {
  const ids = a.symbols().symbols;
  const path = o.sym.id.slice(o.sym.id.indexOf(":") + 1);
  switch (o.sym.kind) {
    case "input":
    case "param":
    case "item":
      if (ids.has(`input:${name}`)) return "an input";
      if (ids.has(`param:${name}`)) return "a parameter";
      return undefined;
    case "field":
      return ids.has(`field:${[...path.split(".").slice(0, -1), name].join(".")}`) ? "a field here" : undefined;
    case "clause":
      return ids.has(`clause:${name}`) ? "a clause" : undefined;
    default:
      return undefined;
  }
}
