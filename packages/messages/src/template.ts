import type { Lang } from "./lang.js";

/**
 * Templates with named parameters: `unknown name \`{name}\`; expected {expected}`. A parameter is a word of
 * letters and digits in braces; any other braces (`{ title "…" }`) are text. The parameter names of a
 * template are part of its type, so a call site that forgets or misspells one fails the type check.
 */
export type ParamsOf<T extends string> = T extends `${string}{${infer P}}${infer Rest}`
  ? ParamName<P> | ParamsOf<Rest>
  : never;
type ParamName<P extends string> = P extends `${infer Name}|${string}`
  ? Name
  : P extends `${string}${" " | '"' | "{" | "…"}${string}` | ""
    ? never
    : P;

/** A word the catalogue translates (`money` → 金额), as opposed to text shown as written. */
export interface Term {
  term: string;
  /** the term's own parameters: `didYouMean` takes the `word` */
  params?: Params;
}
export const term = (key: string, params?: Params): Term =>
  params === undefined ? { term: key } : { term: key, params };
export const isTerm = (v: unknown): v is Term =>
  typeof v === "object" && v !== null && typeof (v as { term?: unknown }).term === "string";

/** A parameter's value: text shown as written (user input, names, codes), a number, a term, or a list of these. */
export type ParamValue = string | number | Term | readonly (string | number | Term)[];
export interface Params {
  readonly [name: string]: ParamValue;
}

/** The words a language needs to render parameters: its terms, and how it joins a list. */
export interface Words {
  terms: Readonly<Record<string, string>>;
  /** `a, b or c` in English, `a、b 或 c` in Chinese */
  or: (items: readonly string[]) => string;
}

/** `{name}`, or `{count|error|errors}`: the number and the singular or plural word (`1 error`, `2 errors`). */
const PARAM = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The parameter names a template uses, in order of first use. */
export function paramNames(template: string): string[] {
  return [...new Set([...template.matchAll(PARAM)].map((m) => m[1] ?? ""))];
}

/** Renders one value: terms through the language's table (unknown terms as their key), lists joined with "or". */
export function renderValue(value: ParamValue, words: Words): string {
  if (Array.isArray(value)) return words.or((value as readonly ParamValue[]).map((v) => renderValue(v, words)));
  if (isTerm(value)) return interpolate(words.terms[value.term] ?? value.term, value.params ?? {}, words);
  return String(value);
}

/** Fills a template's parameters; a parameter without a value stays as `{name}` so that the gap shows. */
export function interpolate(template: string, params: Params, words: Words): string {
  return template.replace(PARAM, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = renderValue(value, words);
    return one === undefined ? text : `${text} ${Number(value) === 1 ? one : other}`;
  });
}

export const orList =
  (sep: string, or: string) =>
  (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(sep)}${or}${items[items.length - 1]}`;

/** Per language, a table of something: one entry per language, checked by the type. */
export type PerLang<T> = Readonly<Record<Lang, T>>;
