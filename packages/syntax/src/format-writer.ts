import type { IToken } from "chevrotain";
import type { Comment } from "./ast.js";
import { lineStarts } from "./spans.js";
import { Comma, LCurly } from "./tokens.js";

/**
 * The output side of the formatter: lines at an indentation, and the comments
 * of the source placed among them. Comments are kept in source order, each
 * emitted exactly once:
 * - a comment before a line's first token goes on its own line above it;
 * - a comment inside a line (within an expression, an inline object) is moved
 *   above that line, since the line is printed afresh (below it when the line
 *   closes a block, so that the comment does not move into the block);
 * - a comment after a line's last token on the same source line, with no token
 *   in between, stays at the end of that line.
 * One blank line of the source between statements or comments is kept.
 */
export class Writer {
  private readonly lines: string[] = [];
  private readonly pending: Comment[];
  private next = 0;
  private depth = 0;
  private buffer: string | undefined;
  /** true right after a line that opens a block: no blank line may follow it */
  private opened = false;
  /** true while the current line starts with a block's closing bracket */
  private closing = false;

  private readonly lineStarts: number[];
  private readonly starts: number[];
  /** token offsets but commas: a comment after `…},` still ends its line */
  private readonly significant: number[];

  constructor(
    readonly text: string,
    comments: readonly Comment[],
    private readonly tokens: readonly IToken[],
  ) {
    this.pending = [...comments].sort((a, b) => a.span.offset - b.span.offset);
    this.lineStarts = lineStarts(text);
    this.starts = tokens.map((t) => t.startOffset);
    this.significant = tokens.filter((t) => t.tokenType !== Comma).map((t) => t.startOffset);
  }

  get indentation(): string {
    return "  ".repeat(this.depth);
  }

  /** The width of the current line so far, its indentation included. */
  get column(): number {
    return this.indentation.length + (this.buffer?.length ?? 0);
  }

  /** Ends the line that opens a block (its opening bracket ends at `to`) and indents what follows. */
  open(to: number): void {
    this.end(to, true);
  }

  /** Puts the block's last comments inside it, then starts the line of its closing bracket at `closeAt`. */
  close(closeAt: number): void {
    this.flush(closeAt);
    this.depth--;
    this.buffer = "";
    this.closing = true;
  }

  /** `{ … }` written as `{}` when empty, else `{`, the entries (one per line, from `body`) and `}`; the caller ends the line. */
  block(openAt: number, closeAt: number, empty: boolean, body: () => void): void {
    if (empty && !this.pending.slice(this.next).some((c) => c.span.offset > openAt && c.span.offset < closeAt)) {
      this.write(" {}");
      return;
    }
    this.write(" {");
    this.open(openAt + 1);
    body();
    this.close(closeAt);
    this.write("}");
  }

  /** Starts a line whose first token is at `from`; comments before it go above it. */
  begin(from: number): void {
    this.flush(from);
    this.keepBlank(from);
    this.buffer = "";
  }

  write(s: string): void {
    this.buffer = (this.buffer ?? "") + s;
  }

  /** Ends the line whose last token ends at `to`: comments inside it go above, an adjacent one stays after it. */
  end(to: number, opening = false): void {
    const content = this.buffer ?? "";
    const closing = this.closing;
    [this.buffer, this.closing] = [undefined, false];
    // above a line that closes a block would be inside the block: such comments go below it
    if (!closing) this.flush(to);
    let line = this.indentation + content;
    const c = this.pending[this.next];
    if (
      c !== undefined &&
      c.span.offset >= to &&
      this.lineOf(c.span.offset) === this.lineOf(Math.max(0, to - 1)) &&
      !this.tokenBetween(to, c.span.offset)
    ) {
      line += ` ${commentText(c)}`;
      this.next++;
    }
    this.push(line);
    if (opening) {
      this.depth++;
      this.opened = true;
    }
    this.flush(to);
  }

  /** One line `from`…`to` holding `content`. */
  line(from: number, content: string, to: number): void {
    this.begin(from);
    this.write(content);
    this.end(to);
  }

  /** Puts every comment before `offset` on its own line at the current indentation. */
  flush(offset: number): void {
    for (let c = this.pending[this.next]; c !== undefined && c.span.offset < offset; c = this.pending[++this.next]) {
      this.keepBlank(c.span.offset);
      this.push(this.indentation + commentText(c));
    }
  }

  /** A blank line, unless one is there already or the output (or a block) has just begun. */
  blank(): void {
    const last = this.lines[this.lines.length - 1];
    if (last !== undefined && last !== "" && !this.opened) this.lines.push("");
  }

  /** The first `{` at or after `offset`: where a block opens. */
  openBrace(offset: number): number {
    for (let i = firstAtOrAfter(this.starts, offset); i < this.tokens.length; i++) {
      if (this.tokens[i]?.tokenType === LCurly) return this.starts[i] ?? offset;
    }
    return offset;
  }

  /** The start of the token `n` tokens before the one at `offset` (a keyword the AST does not keep). */
  tokenBefore(offset: number, n = 1): number {
    return this.starts[firstAtOrAfter(this.starts, offset) - n] ?? offset;
  }

  /** The formatted text: the remaining comments at the end, then one final newline. */
  finish(): string {
    this.flush(Infinity);
    while (this.lines[this.lines.length - 1] === "") this.lines.pop();
    return this.lines.length === 0 ? "" : `${this.lines.join("\n")}\n`;
  }

  /** Without trailing spaces, at the end and before each line break of a block comment; never inside a string. */
  private push(line: string): void {
    this.lines.push(line.replace(/[ \t]+(?=\n|$)/g, ""));
    this.opened = false;
  }

  /** Keeps one blank line where the source has one or more before `offset`. */
  private keepBlank(offset: number): void {
    let newlines = 0;
    for (let i = offset - 1; i >= 0; i--) {
      const ch = this.text[i];
      if (ch === "\n" || (ch === "\r" && this.text[i + 1] !== "\n")) newlines++;
      else if (ch !== " " && ch !== "\t" && ch !== "\r" && ch !== "\u3000" && ch !== "\u00a0" && ch !== "\ufeff") break;
    }
    if (newlines >= 2) this.blank();
  }

  private lineOf(offset: number): number {
    return firstAtOrAfter(this.lineStarts, offset + 1) - 1;
  }

  private tokenBetween(from: number, to: number): boolean {
    const i = firstAtOrAfter(this.significant, from);
    return (this.significant[i] ?? Infinity) < to;
  }
}

/** The index of the first value `>= x` in an ascending array (its length when none). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A line comment without its trailing spaces; a block comment as written, its line breaks made `\n`. */
function commentText(c: Comment): string {
  return c.text.startsWith("//") ? c.text.trimEnd() : c.text.replace(/\r\n?/g, "\n");
}
