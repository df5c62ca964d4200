/**
 * The pieces generated JavaScript is built from. Nothing from the IR is ever pasted into
 * the source as code: names and texts become string literals through `quote`, and every
 * other value (decimals, IR nodes for error messages, reasons) sits in the constants
 * table `C` and is referenced by its index.
 */
export function quote(text: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters; U+2028/U+2029 are
  // escaped too, so the literal reads the same in every JavaScript version.
  return JSON.stringify(String(text))
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A property read with the name as an escaped string literal: `o["name"]`. */
export function prop(object: string, name: string): string {
  return `${object}[${quote(name)}]`;
}

/** The constants table of one generated function and a counter for its temporaries. */
export class Source {
  readonly consts: unknown[] = [];
  private temps = 0;
  private funcs = 0;

  /** A reference to `value` in the constants table: `C[12]`. */
  constant(value: unknown): string {
    this.consts.push(value);
    return `C[${this.consts.length - 1}]`;
  }

  /** The value behind a constant reference made by `constant`; undefined for anything else. */
  known(ref: string): { value: unknown } | undefined {
    const m = /^C\[(\d+)\]$/.exec(ref);
    return m ? { value: this.consts[Number(m[1])] } : undefined;
  }

  /** A fresh local variable name. */
  temp(): string {
    return `t${this.temps++}`;
  }

  /** A fresh function name with a readable prefix chosen by the generator (never from the IR). */
  func(prefix: string): string {
    return `${prefix}${this.funcs++}`;
  }
}

/** Indents generated lines for reading. */
export function indent(lines: readonly string[], by = "  "): string[] {
  return lines.map((l) => (l === "" ? l : by + l));
}
