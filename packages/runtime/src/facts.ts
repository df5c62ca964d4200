import type { Dec } from "./money.js";

/** A scalar fact after validation: money, percent, number and integer as decimals; dates, enums and strings as text. */
export type FactScalar = Dec | boolean | string;

/** A validated fact: absent optional facts are null, absent lists are empty. */
export type FactValue = FactScalar | null | FactRecord | readonly FactRecord[];

export interface FactRecord {
  readonly [name: string]: FactValue | undefined;
}

/** The facts of one applicant after `validateFacts`: the only shape the evaluator reads. */
export type NormalisedFacts = FactRecord;

/** One problem with the facts: the offending path (`projects[2].fixedAssetInvestment`) and what was expected. */
export interface FactsError {
  path: string;
  message: string;
}

/** A key that reads unambiguously in a path: a name of letters, digits, `_`, `$` and `-`. */
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;

/**
 * The path of a fact as users write it: `projects[2].fixedAssetInvestment`; the facts object
 * itself is `(facts)`. A key that is not a plain name is written as a JSON string in brackets
 * (`["a.b"]`, `["\u001b"]`), so no key can forge a path or put a control character in a message.
 */
export function formatPath(path: readonly PropertyKey[], root = "(facts)"): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && PLAIN_KEY.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? root : out;
}

/** User input quoted for a message: strings as written, other values as JSON, long values shortened. */
export function shown(value: unknown): string {
  let text: string;
  // a string that reads like a JSON literal is shown quoted: `"true"` is not `true`; one with a
  // control character (a line break, an escape sequence) quoted and escaped, never raw
  if (typeof value === "string")
    text = /^(true|false|null)$|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value) ? JSON.stringify(value) : value;
  else if (value === undefined) text = "undefined";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}
