import { type Diagnostic, type Lang, localize } from "@subsidia/syntax";

const WORDS = {
  en: { error: "error", warning: "warning", help: "= help: " },
  zh: { error: "错误", warning: "警告", help: "= 提示：" },
} as const;

/**
 * `file:line:col severity code message`, then the source line with a caret under the span and the help (what to
 * write instead), as drafters see it in the CLI, in English or Chinese.
 */
export function formatDiagnostic(
  d: Diagnostic,
  text: string,
  paint: { red: (s: string) => string; yellow: (s: string) => string; dim: (s: string) => string } = plain,
  lang: Lang = "en",
): string {
  const { file, line, column, length } = d.span;
  const words = WORDS[lang];
  const { message, help } = localize(d, lang);
  const colour = d.severity === "error" ? paint.red : paint.yellow;
  const head = `${file}:${line}:${column} ${colour(`${words[d.severity]} ${d.code}`)} ${message}`;
  const helpLine = paint.dim(`  ${words.help}${help}`);
  const src = sourceLine(text, d.span.offset - (column - 1));
  if (src === undefined) return `${head}\n${helpLine}`;
  const width = Math.max(1, Math.min(length, src.length - column + 1));
  const gutter = `${line} | `;
  const pad = gutter.length + displayWidth(src.slice(0, column - 1));
  const caret = "^".repeat(Math.max(1, displayWidth(src.slice(column - 1, column - 1 + width))));
  return `${head}\n${paint.dim(gutter)}${src}\n${" ".repeat(pad)}${colour(caret)}\n${helpLine}`;
}

/** The line that starts at `start`, up to its end: `\n`, `\r\n` or a lone `\r`, as the lexer counts lines. */
function sourceLine(text: string, start: number): string | undefined {
  if (start < 0 || start > text.length) return undefined;
  const end = /[\r\n]/g;
  end.lastIndex = start;
  return text.slice(start, end.exec(text)?.index ?? text.length);
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

const id = (s: string) => s;
const plain = { red: id, yellow: id, dim: id };
