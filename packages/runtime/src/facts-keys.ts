import { distance } from "fastest-levenshtein";
import type { InputField } from "@subsidia/ir";
import { formatPath, type FactsError } from "./facts.js";

/** Options of facts validation, the same for `validateFacts` and the compiled evaluator's reader. */
export interface FactsOptions {
  /**
   * Facts declared elsewhere (the other policies evaluated together, a shared vocabulary):
   * their names, and the names of their fields at any level, are not unknown; their values
   * are left to whoever declares them.
   */
  allowKeys?: readonly InputField[] | undefined;
  /** The most items a list of facts may hold (default `DEFAULT_MAX_ITEMS`). */
  maxItems?: number | undefined;
}

export const DEFAULT_MAX_ITEMS = 100_000;

const fieldsOf = (f: InputField | undefined): readonly InputField[] =>
  f && (f.type.kind === "record" || f.type.kind === "list") ? f.type.fields : [];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The closest declared name, when close enough to be a likely misspelling (a third of the letters may differ). */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const n of names) {
    const d = distance(word.toLowerCase(), n.toLowerCase());
    if (d < score) [best, score] = [n, d];
  }
  return best !== undefined && score <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function unknownMessage(key: string, names: readonly string[]): string {
  const near = key.length <= 200 ? closest(key, names) : undefined;
  if (near !== undefined) return `unknown fact; did you mean \`${near}\`?`;
  const listed = names.slice(0, 8).map((n) => `\`${n}\``);
  if (names.length > 8) listed.push("…");
  return names.length === 0
    ? "unknown fact; expected no facts here"
    : `unknown fact; expected one of ${listed.join(", ")}`;
}

interface Walk {
  maxItems: number;
  unknown: FactsError[];
  tooLong: FactsError[];
}

/** Every key of one object that neither `fields` nor `allowed` names, then the same inside the declared records and lists. */
function walkRecord(
  fields: readonly InputField[],
  allowed: readonly InputField[],
  value: Record<string, unknown>,
  path: PropertyKey[],
  w: Walk,
): void {
  let names: string[] | undefined;
  for (const key of Object.keys(value)) {
    const own = fields.find((f) => f.name === key);
    // several other policies may declare the same fact, each with its own fields: all of them are known
    const others = allowed.filter((f) => f.name === key);
    if (!own && others.length === 0) {
      names ??= [...new Set([...fields, ...allowed].map((f) => f.name))];
      w.unknown.push({ path: formatPath([...path, key]), message: unknownMessage(key, names) });
      continue;
    }
    const inner = value[key];
    const kinds = own ? [own.type.kind] : others.map((f) => f.type.kind);
    const innerFields = own ? fieldsOf(own) : [];
    const innerAllowed = others.flatMap(fieldsOf);
    if (kinds.includes("record") && isObject(inner)) walkRecord(innerFields, innerAllowed, inner, [...path, key], w);
    if (kinds.includes("list") && Array.isArray(inner)) {
      if (inner.length > w.maxItems) {
        w.tooLong.push({
          path: formatPath([...path, key]),
          message: `expected a list of at most ${w.maxItems} items, got ${inner.length}`,
        });
        continue;
      }
      inner.forEach((item, i) => {
        if (isObject(item)) walkRecord(innerFields, innerAllowed, item, [...path, key, i], w);
      });
    }
  }
}

/**
 * What the declared inputs do not cover: unknown keys at any level (each with its path and
 * a likely spelling), and lists longer than `maxItems`. Plain objects only; anything of the
 * wrong shape is left to the type checks.
 */
export function checkKeys(
  inputs: readonly InputField[],
  facts: unknown,
  options: FactsOptions = {},
): { unknown: FactsError[]; tooLong: FactsError[] } {
  const w: Walk = { maxItems: options.maxItems ?? DEFAULT_MAX_ITEMS, unknown: [], tooLong: [] };
  if (isObject(facts)) walkRecord(inputs, options.allowKeys ?? [], facts, [], w);
  return { unknown: w.unknown, tooLong: w.tooLong };
}
