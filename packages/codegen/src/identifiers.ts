/**
 * Names of generated bindings, types and folders. They are built from words of
 * ASCII letters and digits only, so no policy text can end up in code as a name.
 */

/** ECMAScript reserved words, strict-mode words and names that must not be rebound or exported. */
const RESERVED = new Set(
  (
    "await break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with yield " +
    "let static implements interface package private protected public arguments eval undefined NaN Infinity " +
    "globalThis constructor prototype __proto__ then"
  ).split(" "),
);

/**
 * The words of a name: runs of ASCII letters and digits, split where a lower-case letter
 * or digit meets an upper-case one (`pilotPlatforms` → pilot, Platforms). Any other
 * character separates words, except letters outside ASCII, which become `u` + their hex code.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let word = "";
  const flush = () => {
    if (word !== "") out.push(word);
    word = "";
  };
  for (const ch of text) {
    if (/[A-Za-z0-9]/.test(ch)) {
      if (/[A-Z]/.test(ch) && /[a-z0-9]$/.test(word)) flush();
      word += ch;
    } else {
      flush();
      if (/\p{L}|\p{N}/u.test(ch)) out.push(`u${ch.codePointAt(0)!.toString(16)}`);
    }
  }
  flush();
  return out;
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);

function safe(name: string, fallback: string): string {
  if (name === "") name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return RESERVED.has(name) ? `${name}_` : name;
}

/** `heilongjiang/biomanufacturing-2026` → `heilongjiangBiomanufacturing2026`; never a reserved word. */
export function camelName(text: string, fallback = "policy"): string {
  const ws = words(text);
  return safe(ws.map((w, i) => (i === 0 ? lowerFirst(w) : upperFirst(w))).join(""), fallback);
}

/** `pilotPlatforms` → `PilotPlatforms`. */
export function pascalName(text: string, fallback = "Type"): string {
  return safe(words(text).map(upperFirst).join(""), fallback);
}

/** `heilongjiang/biomanufacturing-2026` → `heilongjiang-biomanufacturing-2026`: a folder name on every file system. */
export function kebabName(text: string, fallback = "policy"): string {
  const name = words(text)
    .map((w) => w.toLowerCase())
    .join("-");
  return name === "" ? fallback : name;
}

/** True when `name` may be written bare as a property name or binding in generated code. */
export function isPlainIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/** Hands out unique type names within one module: a taken name gets a numeric suffix. */
export class TypeNames {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  claim(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}
