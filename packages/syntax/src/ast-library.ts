import type { Ident, NumberLit, Span, StringLit } from "./ast.js";

/**
 * The head of a file of the library that is not a policy (docs/library.md):
 * `rule "id" implements "policy"`, `amendment "id" amends "policy"`, `vocabulary "id"`.
 */
export interface LibraryHead {
  kind: "LibraryHead";
  role: "rule" | "amendment" | "vocabulary";
  /** the policy a rule implements or an amendment amends */
  target?: StringLit | undefined;
  span: Span;
}

/** `uses "enterprise"`: the policy's inputs include those of a shared fact vocabulary */
export interface UsesDecl {
  kind: "Uses";
  vocabulary: StringLit;
  span: Span;
}

/**
 * In an amendment, `remove article 9 "…"` or `remove clause name of article 4 "…"`: from the
 * amendment's window the article or clause no longer applies. `text` is the amendment's sentence.
 */
export interface RemoveDecl {
  kind: "Remove";
  article: NumberLit;
  clause?: Ident | undefined;
  text?: StringLit | undefined;
  span: Span;
}
