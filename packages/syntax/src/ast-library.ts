import type { Span, StringLit } from "./ast.js";

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
