import { compileAst, type CompiledLibrary } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { type Item, parse, type PolicyFile } from "@subsidia/syntax";
import { TextDocument } from "vscode-languageserver-textdocument";
import { type Occurrence, type Sym, SymbolIndex } from "./symbols.js";

/** One file of a library, indexed with what the library knows of it. */
export interface LibraryFileIndex {
  file: string;
  doc: TextDocument;
  /** the file's id (its header's), for messages */
  id: string;
  role: "policy" | "rule" | "amendment" | "vocabulary";
  index: SymbolIndex;
  /** the name a symbol of this file has across the library: the same key in every file that names it */
  keyOf(sym: Sym): string;
  /** a rule's fill or an amendment's new value of a parameter, an amendment's new version of a clause */
  isVersion(o: Occurrence): boolean;
  /** the end of a `valid from … to …` without `on`: its window is matched on `applicationDate` */
  implicitDateAt?: number | undefined;
}

interface Parsed {
  file: string;
  text: string;
  ast: PolicyFile;
  role: LibraryFileIndex["role"];
  /** the policy a policy, rule or amendment belongs to (a vocabulary: none) */
  policy: string | undefined;
  uses: string[];
}

/**
 * The files of a compiled library, each indexed on demand (`SymbolIndex` in open-world mode: an amendment
 * reads the policy's inputs, a policy its vocabulary's). A name has one key across the files that speak
 * of it: an input or field of a vocabulary `vocabulary:ID#input:x`, of a policy (or added by one of its
 * amendments) `policy:ID#…`, as are its parameters, articles and clauses; an item variable is its file's.
 */
export class LibraryIndex {
  private readonly parsed = new Map<string, Parsed>();
  private readonly indexes = new Map<string, LibraryFileIndex>();

  constructor(
    private readonly compiled: CompiledLibrary,
    texts: ReadonlyMap<string, string>,
    private readonly uriOf: (file: string) => string,
  ) {
    for (const [file, text] of texts) {
      const { ast } = parse(text, file);
      const head = ast.header;
      if (!head) continue;
      const role = head.library?.role ?? "policy";
      const policy = role === "policy" ? head.id.value : head.library?.target?.value;
      const uses = ast.items.flatMap((i) => (i.kind === "Uses" ? [i.vocabulary.value] : []));
      this.parsed.set(file, { file, text, ast, role, policy, uses });
    }
  }

  /** The files that can name a key: a policy's own, its rules' and amendments'; a vocabulary's and its users'. */
  filesOf(key: string): LibraryFileIndex[] {
    const [scope, id] = key.slice(0, key.indexOf("#")).split(":") as [string, string];
    const all = [...this.parsed.values()];
    const family = (policy: string) => all.filter((p) => p.role !== "vocabulary" && p.policy === policy);
    const files =
      scope === "file"
        ? all.filter((p) => p.file === key.slice(5, key.indexOf("#")))
        : scope === "vocabulary"
          ? [
              ...all.filter((p) => p.role === "vocabulary" && p.ast.header?.id.value === id),
              ...all.filter((p) => p.role === "policy" && p.uses.includes(id)).flatMap((p) => family(p.policy ?? "")),
            ]
          : family(id);
    return [...new Set(files)].map((p) => this.of(p.file)!);
  }

  /** Every place the library names a key. */
  placesOf(key: string): { at: LibraryFileIndex; o: Occurrence }[] {
    return this.filesOf(key).flatMap((at) =>
      at.index.occurrences.filter((o) => at.keyOf(o.sym) === key).map((o) => ({ at, o })),
    );
  }

  of(file: string): LibraryFileIndex | undefined {
    const known = this.indexes.get(file);
    if (known) return known;
    const p = this.parsed.get(file);
    if (!p) return undefined;
    const index = new SymbolIndex(this.astOf(p), this.draftOf(p), { openWorld: true });
    const vocabularyOf = this.vocabularyInputs(p);
    const keyOf = (sym: Sym): string => {
      if (sym.kind === "item") return `file:${p.file}#${sym.id}`;
      const root = sym.id.slice(sym.id.indexOf(":") + 1).split(".")[0] ?? "";
      const vocabulary = sym.kind === "input" || sym.kind === "field" ? vocabularyOf.get(root) : undefined;
      return vocabulary !== undefined ? `vocabulary:${vocabulary}#${sym.id}` : `policy:${p.policy}#${sym.id}`;
    };
    const isVersion = (o: Occurrence): boolean => {
      if (!o.def || (p.role !== "rule" && p.role !== "amendment")) return false;
      if (o.sym.kind === "param") return o.sym.decl?.kind === "Param" && o.sym.decl.added === undefined;
      return o.sym.kind === "clause" && o.sym.article?.added === undefined;
    };
    const validity = p.ast.header?.entries.find((e) => e.kind === "Validity");
    const implicit = validity?.kind === "Validity" && !validity.dateInput;
    const made: LibraryFileIndex = {
      implicitDateAt: implicit ? validity.span.offset + validity.span.length : undefined,
      file: p.file,
      doc: TextDocument.create(this.uriOf(p.file), "subsidia", 0, p.text),
      id: p.ast.header?.id.value ?? "",
      role: p.role,
      index,
      keyOf,
      isVersion,
    };
    this.indexes.set(file, made);
    return made;
  }

  /** The inputs of the vocabularies a file's policy uses (a vocabulary: its own), by name: the vocabulary's id. */
  private vocabularyInputs(p: Parsed): Map<string, string> {
    const out = new Map<string, string>();
    const ids = p.role === "vocabulary" ? [p.ast.header?.id.value ?? ""] : this.usesOf(p.policy);
    for (const v of this.compiled.vocabularies.filter((x) => ids.includes(x.id)))
      for (const d of v.decls) if (!out.has(d.field.name.name)) out.set(d.field.name.name, v.id);
    return out;
  }

  private usesOf(policy: string | undefined): string[] {
    return [...this.parsed.values()].find((x) => x.role === "policy" && x.policy === policy)?.uses ?? [];
  }

  /** A policy's tree with its vocabularies' inputs in place of `uses` (their spans in the vocabulary's file). */
  private astOf(p: Parsed): PolicyFile {
    if (p.role !== "policy" || p.uses.length === 0) return p.ast;
    const items = p.ast.items.flatMap((i): Item[] => {
      if (i.kind !== "Uses") return [i];
      const v = this.compiled.vocabularies.find((x) => x.id === i.vocabulary.value);
      return v ? v.decls : [];
    });
    return { ...p.ast, items };
  }

  /**
   * What the compiler resolved: a policy compiled with its vocabularies, whatever its errors; an amendment's
   * new versions of clauses, added articles and parameters, as the library compiled them (none when it has
   * errors); a rule and a vocabulary have no expressions.
   */
  private draftOf(p: Parsed): Pick<Policy, "params" | "articles"> | undefined {
    if (p.role === "policy") {
      const texts = new Map(this.compiled.vocabularies.map((v) => [v.file, v.text]));
      let draft: Policy | undefined;
      compileAst(this.astOf(p), p.text, p.file, { texts, draft: (d) => (draft = d) });
      return draft;
    }
    if (p.role !== "amendment") return undefined;
    const a = this.compiled.amendments.find((x) => x.file === p.file);
    if (!a) return undefined;
    const changed = { number: 0, title: "", clauses: a.clauses.map((c) => c.clause) } as Policy["articles"][number];
    return { params: [...(a.params ?? []), ...(a.addedParams ?? [])], articles: [changed, ...(a.articles ?? [])] };
  }
}
