import type { Location } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { compileLibraryOf, type LibraryHost } from "../model/library.js";
import { LibraryIndex, type LibraryFileIndex } from "../model/library-index.js";
import { rangeOf } from "../model/positions.js";
import type { Occurrence, Sym } from "../model/symbols.js";

/** A place in a file of the library that names the symbol at hand. */
export interface LibraryPlace {
  location: Location;
  /** its declaration (in the policy, the vocabulary, or the amendment that adds it) */
  def: boolean;
  /** a rule's fill or an amendment's new value of a parameter, an amendment's new version of a clause */
  version: boolean;
  /** not the name itself: where a rename writes `on NAME`, in a window matched on `applicationDate` by default */
  implicit?: boolean;
}

export interface NameInLibrary {
  sym: Sym;
  /** the name under the cursor, in the open document */
  at: Location;
  places: LibraryPlace[];
  /** why `name` may not be the new name: a name of its kind already used in a file it is renamed in */
  clash(name: string): string | undefined;
}

/**
 * An input, a field, a parameter or a clause across the library: for the name at `offset` of the open
 * document, every place of every file that names it — a policy and its rules (fills, `valid … on`) and
 * amendments (new values, new versions of clauses, `remove clause`, reads in their clauses); a vocabulary's
 * input and every policy that `uses` it, with their amendments. Each place is the name alone, so that a
 * rename replaces it. Undefined without a library, or where no name is.
 */
export function nameInLibrary(
  a: Analysis,
  offset: number,
  host: LibraryHost | undefined,
  openText: (uri: string) => string | undefined,
): NameInLibrary | undefined {
  if (!host || a.result.ast.header === undefined) return undefined;
  const compiled = compileLibraryOf(host, a.doc.uri, openText);
  if (!compiled) return undefined;
  const library = new LibraryIndex(compiled.library, compiled.texts, host.uriOf);
  const own = library.of(compiled.file);
  const o = own?.index.at(offset);
  if (!own || !o || o.sym.kind === "article") return undefined;
  const key = own.keyOf(o.sym);
  const found = library.placesOf(key);
  const places: LibraryPlace[] = found.map(({ at, o: x }) => ({
    location: { uri: at.doc.uri, range: rangeOf(at.doc, x) },
    def: x.def && !at.isVersion(x),
    version: at.isVersion(x),
  }));
  // a window without `on` is matched on `applicationDate`: renamed, it is named (`valid from … to … on NAME`)
  if (o.sym.kind === "input" && o.sym.name === "applicationDate")
    for (const at of library.filesOf(key))
      if (at.implicitDateAt !== undefined && at.role !== "vocabulary") {
        const range = rangeOf(at.doc, { offset: at.implicitDateAt, length: 0 });
        places.push({ location: { uri: at.doc.uri, range }, def: false, version: false, implicit: true });
      }
  const files = [...new Set(found.map((f) => f.at))];
  return {
    sym: o.sym,
    at: { uri: own.doc.uri, range: rangeOf(own.doc, o) },
    places,
    clash: (name) => clashIn(files, o, name),
  };
}

const ARTICLE: Record<string, string> = {
  input: "an input",
  param: "a parameter",
  item: "an item variable",
  field: "a field",
  clause: "a clause",
};

/** A name of the same kind as the renamed one in a file it is renamed in: inputs, parameters and item variables share one. */
function clashIn(files: readonly LibraryFileIndex[], o: Occurrence, name: string): string | undefined {
  const path = o.sym.id.slice(o.sym.id.indexOf(":") + 1);
  const taken = (s: Sym): boolean => {
    if (s.name !== name) return false;
    switch (o.sym.kind) {
      case "input":
      case "param":
      case "item":
        return s.kind === "input" || s.kind === "param" || s.kind === "item";
      case "field":
        return s.kind === "field" && s.id === `field:${[...path.split(".").slice(0, -1), name].join(".")}`;
      case "clause":
        return s.kind === "clause";
      default:
        return false;
    }
  };
  // the file that declares the name first, then one that only reads it (an amendment reads the policy's)
  const all = files.flatMap((f) => [...f.index.symbols.values()].filter(taken).map((sym) => ({ f, sym })));
  const found = all.find((x) => x.sym.def !== undefined) ?? all[0];
  return found && `${ARTICLE[found.sym.kind] ?? "a name"} of ${found.f.role} \`${found.f.id}\``;
}
