/**
 * Everything a policy says reaches generated code through this file: as a string
 * literal, as text inside a template literal type, or as comment text. No other
 * emitter concatenates policy text into code.
 */

const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;

/** Lone surrogates become U+FFFD so comment text is well-formed Unicode. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/**
 * A JavaScript string literal of `text`: JSON's escaping (quotes, backslashes, control
 * characters, lone surrogates), plus U+2028 and U+2029 so older parsers read one line.
 */
export function str(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** `text` as the literal part of a template literal (type): backticks and `${` cannot open or close anything. */
export function templateText(text: string): string {
  return str(text).slice(1, -1).replace(/`/g, "\\`").replace(/\$/g, "\\$");
}

/**
 * Comment text, one entry per line: line terminators split lines, `*​/` cannot close
 * a block comment (a zero-width space goes between), control characters become U+FFFD.
 */
export function commentLines(text: string): string[] {
  return wellFormed(text)
    .split(LINE_TERMINATORS)
    .map((line) =>
      line
        .replace(/\*\//g, "*\u200b/")
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd")
        .trimEnd(),
    );
}

/** JSDoc text: as `commentLines`, and an `@` cannot start a tag (at the start of a line or after `{`). */
function jsdocLines(text: string): string[] {
  return commentLines(text).map((line) => line.replace(/^(\s*)@/, "$1\uff20").replace(/\{@/g, "{\uff20"));
}

/** A JSDoc block of `text` (several paragraphs joined by blank lines), indented; empty when there is no text. */
export function jsdoc(paragraphs: readonly (string | undefined)[], indent = ""): string {
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (p === undefined || p.trim() === "") continue;
    if (lines.length > 0) lines.push("");
    lines.push(...jsdocLines(p.trim()));
  }
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`).join("\n")}\n${indent} */\n`;
}

/** Line comments (`// …`), one per line of `text`. */
export function lineComments(text: string): string {
  return commentLines(text)
    .map((l) => `//${l === "" ? "" : ` ${l}`}\n`)
    .join("");
}
