import type { CstNode } from "chevrotain";
import type { StringLit } from "./ast.js";
import type { LibraryHead, UsesDecl } from "./ast-library.js";
import { stringOf, token } from "./cst.js";
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
