import type { Policy } from "@subsidia/ir";
import type {
  ArticleDecl,
  ClauseDecl,
  Expr,
  FieldDecl,
  InputDecl,
  ParamDecl,
  PathExpr,
  PolicyFile,
  Span,
  TestDecl,
  Value,
} from "@subsidia/syntax";

/** What a name in a policy can stand for: the things drafters go to, find and rename. */
export type SymbolKind = "input" | "field" | "param" | "clause" | "article" | "item";

export interface Sym {
  /** `input:pilotPlatforms`, `field:pilotPlatforms.totalInvestment`, `item:platformConstruction:p`, … */
  id: string;
  kind: SymbolKind;
  name: string;
  /** where it is declared (its name), when it is */
  def?: Span | undefined;
  decl?: FieldDecl | ParamDecl | ClauseDecl | ArticleDecl | undefined;
  /** the article a clause belongs to */
  article?: ArticleDecl | undefined;
}

export interface Occurrence {
  sym: Sym;
  offset: number;
  length: number;
  def: boolean;
}

type Place = { offset: number; length: number };

/**
 * Every declaration and use of a name in one version of a policy. Declarations
 * come from the AST; uses in expressions from the compiler's resolution of them
 * (the IR says whether `p.kind` is an item's field, a fact or a parameter); uses
 * in tests from the facts' keys, the expectations' clause names and the paths of
 * `expect invalid "…"`, matched against the declared inputs.
 */
export class SymbolIndex {
  readonly symbols = new Map<string, Sym>();
  readonly occurrences: Occurrence[] = [];
  private readonly file: string;

  /**
   * `options.openWorld`: a use of a name the file does not declare (an amendment reads the policy's inputs, a
   * policy those of its vocabulary) is indexed all the same, with no declaration; without it, it is left out.
   */
  constructor(
    ast: PolicyFile,
    draft: Pick<Policy, "params" | "articles"> | undefined,
    private readonly options: { openWorld?: boolean } = {},
  ) {
    this.file = ast.span.file;
    const paths = pathsByOffset(ast);
    const inputs = ast.items.filter((i): i is InputDecl => i.kind === "Input").map((i) => i.field);
    for (const f of inputs) this.declareField(f, []);
    for (const item of ast.items) {
      if (item.kind === "Param") this.declare("param", item.name.name, item.name.name, item.name.span, item);
      if (item.kind === "Article") this.declareArticle(item);
    }
    const validity = ast.header?.entries.find((e) => e.kind === "Validity");
    if (validity?.kind === "Validity" && validity.dateInput)
      this.use(`input:${validity.dateInput.name}`, validity.dateInput.span);
    if (draft) this.useResolvedPaths(draft, paths);
    this.useClauseNames(ast);
    for (const item of ast.items) if (item.kind === "Test") this.useInTest(item, inputs);
    this.occurrences.sort((a, b) => a.offset - b.offset);
  }

  /** The occurrence under the cursor (the innermost, when one holds another). */
  at(offset: number): Occurrence | undefined {
    let found: Occurrence | undefined;
    for (const o of this.occurrences) {
      if (o.offset > offset) break;
      if (offset <= o.offset + o.length && (!found || o.length <= found.length)) found = o;
    }
    return found;
  }

  of(sym: Sym): Occurrence[] {
    return this.occurrences.filter((o) => o.sym === sym);
  }

  private declare(kind: SymbolKind, key: string, name: string, def: Span, decl?: Sym["decl"]): Sym {
    const id = `${kind}:${key}`;
    let sym = this.symbols.get(id);
    if (!sym) this.symbols.set(id, (sym = { id, kind, name, def, decl }));
    // a vocabulary's input spliced into a policy is declared in the vocabulary's file, not here
    if (def.file === this.file) this.occurrences.push({ sym, offset: def.offset, length: def.length, def: true });
    return sym;
  }

  private use(id: string, place: Place, name?: string): void {
    let sym = this.symbols.get(id);
    if (!sym && this.options.openWorld) {
      const kind = id.slice(0, id.indexOf(":")) as SymbolKind;
      this.symbols.set(id, (sym = { id, kind, name: id.split(/[:.]/).at(-1) ?? id }));
    }
    if (sym && (name === undefined || sym.name === name)) {
      this.occurrences.push({ sym, offset: place.offset, length: place.length, def: false });
    }
  }

  private declareField(f: FieldDecl, path: string[]): void {
    const here = [...path, f.name.name];
    this.declare(path.length === 0 ? "input" : "field", here.join("."), f.name.name, f.name.span, f);
    for (const sub of f.type.fields ?? []) this.declareField(sub, here);
  }

  private declareArticle(a: ArticleDecl): void {
    const art = this.declare("article", a.number.value, a.number.text, a.number.span, a);
    art.article = a;
    for (const e of a.entries) {
      if (e.kind !== "Clause") continue;
      const clause = this.declare("clause", e.name.name, e.name.name, e.name.span, e);
      clause.article = a;
      if (e.forEach) {
        this.declare("item", `${e.name.name}:${e.forEach.var.name}`, e.forEach.var.name, e.forEach.var.span, e);
        this.use(`input:${e.forEach.list.name}`, e.forEach.list.span);
      }
    }
  }

  /**
   * Clause names outside expressions' paths: `award of NAME`, the members of `exclusive`, and an
   * amendment's `remove clause NAME of article N`.
   */
  private useClauseNames(ast: PolicyFile): void {
    const visit = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      if (Array.isArray(node)) return node.forEach(visit);
      const e = node as {
        kind?: string;
        clause?: { name: string; span: Span };
        members?: { name: string; span: Span }[];
      };
      if (e.kind === "AwardOf" && e.clause) this.use(`clause:${e.clause.name}`, e.clause.span);
      if (e.kind === "Exclusive") for (const m of e.members ?? []) this.use(`clause:${m.name}`, m.span);
      for (const v of Object.values(node)) visit(v);
    };
    for (const item of ast.items) {
      if (item.kind === "Article") visit(item.entries);
      if (item.kind === "Remove" && item.clause) this.use(`clause:${item.clause.name}`, item.clause.span);
    }
  }

  /** Uses in expressions, as the compiler resolved them (IR nodes `fact`, `item`, `param`, at their path's span). */
  private useResolvedPaths(draft: Pick<Policy, "params" | "articles">, paths: Map<number, PathExpr>): void {
    const visit = (node: unknown, clause: Policy["articles"][number]["clauses"][number] | undefined): void => {
      if (typeof node !== "object" || node === null) return;
      if (Array.isArray(node)) return node.forEach((n) => visit(n, clause));
      const e = node as { k?: string; span?: Place; path?: string[]; name?: string; var?: string };
      const parts = e.span ? paths.get(e.span.offset)?.parts : undefined;
      if (parts && e.k === "fact" && e.path) {
        e.path.forEach((_, i) => parts[i] && this.use(symbolOfPath(e.path!.slice(0, i + 1)), parts[i]!.span));
      } else if (parts && e.k === "param" && e.name) {
        if (parts[0]) this.use(`param:${e.name}`, parts[0].span);
      } else if (parts && e.k === "item" && e.path && clause?.forEach) {
        const list = clause.forEach.list;
        if (parts[0]) this.use(`item:${clause.id}:${e.var}`, parts[0].span);
        e.path.forEach(
          (_, i) =>
            parts[i + 1] && this.use(`field:${[list, ...e.path!.slice(0, i + 1)].join(".")}`, parts[i + 1]!.span),
        );
      }
      for (const v of Object.values(node)) visit(v, clause);
    };
    draft.params.forEach((p) => visit(p.values, undefined));
    for (const a of draft.articles) {
      visit(a.totalCap, undefined);
      for (const c of a.clauses) visit(c, c);
    }
  }

  private useInTest(t: TestDecl, inputs: readonly FieldDecl[]): void {
    this.useInFacts(t.facts, inputs, []);
    for (const x of t.expects) {
      if ((x.kind === "ExpectAward" || x.kind === "ExpectPending" || x.kind === "ExpectNoAward") && x.clause) {
        this.use(`clause:${x.clause.name}`, x.clause.span);
      }
      if (x.kind === "ExpectArticle") this.use(`article:${x.article.value}`, x.article.span);
      if (x.kind === "ExpectInvalid") this.useInFactPath(x.path.value, x.path.span, inputs);
    }
  }

  private useInFacts(v: Value, fields: readonly FieldDecl[], path: string[]): void {
    if (v.kind === "Array") return v.items.forEach((i) => this.useInFacts(i, fields, path));
    if (v.kind !== "Object") return;
    for (const e of v.entries) {
      const key = e.key.kind === "Ident" ? e.key.name : e.key.value;
      const field = fields.find((f) => f.name.name === key);
      if (!field) continue;
      if (e.key.kind === "Ident") this.use(symbolOfPath([...path, key]), e.key.span);
      if (field.type.name.name === "awards") this.useInAwards(e.value);
      this.useInFacts(e.value, field.type.fields ?? [], [...path, key]);
    }
  }

  /** The awards paid before (`awarded: [{ clause: "procurement", … }]`): each `clause` names one. */
  private useInAwards(v: Value): void {
    for (const item of v.kind === "Array" ? v.items : []) {
      const entry =
        item.kind === "Object"
          ? item.entries.find((x) => x.key.kind === "Ident" && x.key.name === "clause")
          : undefined;
      const name = entry?.value;
      if (name?.kind === "String")
        this.use(`clause:${name.value}`, { offset: name.span.offset + 1, length: name.value.length });
    }
  }

  /** `"projects[0].fixedAssetInvestment"`: each name inside the string is a use. */
  private useInFactPath(text: string, span: Span, inputs: readonly FieldDecl[]): void {
    let fields = inputs;
    const path: string[] = [];
    // the string's text starts after its opening quote; a path has no escapes
    for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
      const field = fields.find((f) => f.name.name === m[0]);
      if (!field || m.index === undefined) return;
      path.push(m[0]);
      this.use(symbolOfPath(path), { offset: span.offset + 1 + m.index, length: m[0].length });
      fields = field.type.fields ?? [];
    }
  }
}

const symbolOfPath = (path: readonly string[]): string => `${path.length === 1 ? "input" : "field"}:${path.join(".")}`;

/** Every path expression of the file, by its offset. */
function pathsByOffset(ast: PolicyFile): Map<number, PathExpr> {
  const found = new Map<number, PathExpr>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const e = node as Expr;
    if (e.kind === "Path") found.set(e.span.offset, e);
    for (const v of Object.values(node)) visit(v);
  };
  for (const item of ast.items) if (item.kind === "Param" || item.kind === "Article") visit(item);
  return found;
}
