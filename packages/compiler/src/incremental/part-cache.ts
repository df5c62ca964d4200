import { collectSpans, moveSpans, type Diagnostic, type MovableSpan, type Moved } from "@subsidia/syntax";

/** What compiling one article or test gave: its IR, its diagnostics and the names it read. */
export interface Part<T> {
  /** what it depends on besides its own text (see ReuseHooks) */
  env: string;
  /** the IR, checked against its schema when `valid` */
  ir: T;
  valid: boolean;
  /** copies: they share no span with the AST */
  diagnostics: Diagnostic[];
  used: string[];
  /** the spans of `ir` and `diagnostics`, collected when first moved */
  spans?: MovableSpan[] | undefined;
}

/**
 * Compiled articles (or tests) by their AST node. A node the parser reused keeps
 * its entry; a node it moved moves its entry with it; the entries of nodes that
 * are gone are dropped after each check.
 */
export class PartCache<Decl extends object, T extends object> {
  private parts = new Map<Decl, Part<T>>();
  private seen = new Map<Decl, Part<T>>();
  private byIr = new Map<T, Part<T>>();

  /** `spansOf` lists what holds the spans of an IR (all of it, when in doubt). */
  constructor(private readonly spansOf: (ir: T) => unknown[] = (ir) => [ir]) {}

  get(decl: Decl, env: string): Part<T> | undefined {
    const part = this.parts.get(decl);
    return part !== undefined && part.env === env ? part : undefined;
  }

  set(decl: Decl, part: Part<T>): void {
    this.seen.set(decl, part);
    this.byIr.set(part.ir, part);
  }

  /** The entry whose IR this is. */
  ofIr(ir: T): Part<T> | undefined {
    return this.byIr.get(ir);
  }

  /** Moves the entries of the nodes the parser moved, as it moved the nodes. */
  move(moved: Moved): void {
    for (const decl of moved.items) {
      const part = this.parts.get(decl as unknown as Decl);
      if (!part) continue;
      part.spans ??= collectSpans([...this.spansOf(part.ir), part.diagnostics]);
      moveSpans(part.spans, moved.by);
    }
  }

  /** Keeps only the entries of the nodes the last check compiled or reused. */
  finish(): void {
    this.parts = this.seen;
    this.seen = new Map();
    this.byIr = new Map([...this.parts.values()].map((p) => [p.ir, p]));
  }
}
