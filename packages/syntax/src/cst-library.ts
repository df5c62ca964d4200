import type { CstNode } from "chevrotain";
import type { StringLit } from "./ast.js";
import type { LibraryHead, RemoveDecl, UsesDecl } from "./ast-library.js";
import { identOf, stringOf, token } from "./cst.js";
import { numberOf } from "./cst-expressions.js";
import { nodeSpan } from "./spans.js";

/** The head of a rule, amendment or vocabulary, with its id. */
export function libraryHeadToAst(
  file: string,
  node: CstNode | undefined,
): { head: LibraryHead; id: StringLit | undefined } | undefined {
  const span = node && nodeSpan(file, node);
  const role = node && token(node, "role")?.image;
  if (node === undefined || span === undefined) return undefined;
  if (role !== "rule" && role !== "amendment" && role !== "vocabulary") return undefined;
  const head: LibraryHead = { kind: "LibraryHead", role, target: stringOf(file, token(node, "target")), span };
  return { head, id: stringOf(file, token(node, "id")) };
}

export function usesToAst(file: string, node: CstNode): UsesDecl | undefined {
  const span = nodeSpan(file, node);
  const vocabulary = stringOf(file, token(node, "vocabulary"));
  return span && vocabulary && { kind: "Uses", vocabulary, span };
}

/** `remove article 9 "…"`, `remove clause name of article 4 "…"` */
export function removeToAst(file: string, node: CstNode): RemoveDecl | undefined {
  const span = nodeSpan(file, node);
  const article = numberOf(file, token(node, "articleNumber"));
  if (span === undefined || article === undefined) return undefined;
  const clause = identOf(file, token(node, "clauseName"));
  if ((token(node, "clause") === undefined) !== (clause === undefined)) return undefined;
  return { kind: "Remove", article, clause, text: stringOf(file, token(node, "reason")), span };
}
