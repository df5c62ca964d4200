import type { Span as IrSpan } from "@subsidia/ir";
import { diagnostic, type Diagnostic, type MessageId, type MessageParams, type Span } from "@subsidia/syntax";

/** Collects diagnostics and turns AST spans into IR spans and source text. */
export class Context {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
    /** the texts of other files whose declarations were read in (amendments, vocabularies: library/) */
    readonly others: ReadonlyMap<string, string> = new Map(),
  ) {}

  report<Id extends MessageId>(
    id: Id,
    span: Span,
    params: MessageParams<Id>,
    extra: { expected?: string[] | undefined; suggestion?: string | undefined } = {},
  ): void {
    // a message quoting source text written over several lines reads on one line
    this.diagnostics.push(diagnostic(id, span, oneLine(params), extra));
  }

  span(span: Span): IrSpan {
    return { line: span.line, column: span.column, offset: span.offset, length: span.length };
  }

  src(span: Span): string {
    const text = span.file === this.file ? this.text : (this.others.get(span.file) ?? this.text);
    return text.slice(span.offset, span.offset + span.length);
  }
}

/** Joins two spans into the span that covers both. */
export function cover(a: Span, b: Span): Span {
  const end = Math.max(a.offset + a.length, b.offset + b.length);
  return { ...a, length: end - a.offset };
}

/** The string parameters of a message (in lists too) with every line break (and the spaces around it) as one space. */
function oneLine<P>(params: P): P {
  if (typeof params !== "object" || params === null) return params;
  const out: Record<string, unknown> = {};
  const flat = (v: unknown): unknown =>
    typeof v === "string" ? v.replace(/\s*[\r\n\u2028\u2029]\s*/g, " ") : Array.isArray(v) ? v.map(flat) : v;
  for (const [k, v] of Object.entries(params)) out[k] = flat(v);
  return out as P;
}
