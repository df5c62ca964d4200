import type { CstElement, CstNode, IToken } from "chevrotain";
import type { Ident, StringLit } from "./ast.js";
import { decodeString } from "./literals.js";
import { tokenSpan } from "./spans.js";

/**
 * Reading a CST that error recovery may have left incomplete: a missing child
 * is `undefined` or an empty list, and tokens inserted by recovery (which have
 * no text) count as missing.
 */

const isToken = (e: CstElement): e is IToken => "image" in e;

export function tokens(node: CstNode, key: string): IToken[] {
  return (node.children[key] ?? []).filter((e): e is IToken => isToken(e) && e.isInsertedInRecovery !== true);
}

/** The first of `tokens(node, key)`, without making the list (read for nearly every token of a file). */
export function token(node: CstNode, key: string): IToken | undefined {
  for (const e of node.children[key] ?? []) if (isToken(e) && e.isInsertedInRecovery !== true) return e;
  return undefined;
}

export function nodes(node: CstNode, key: string): CstNode[] {
  return (node.children[key] ?? []).filter((e): e is CstNode => !isToken(e));
}

/** The first of `nodes(node, key)`, without making the list. */
export function child(node: CstNode | undefined, key: string): CstNode | undefined {
  if (node === undefined) return undefined;
  for (const e of node.children[key] ?? []) if (!isToken(e)) return e;
  return undefined;
}

export const has = (node: CstNode, key: string): boolean => token(node, key) !== undefined;

export function identOf(file: string, t: IToken | undefined): Ident | undefined {
  return t === undefined ? undefined : { kind: "Ident", name: t.image, span: tokenSpan(file, t) };
}

export function stringOf(file: string, t: IToken | undefined): StringLit | undefined {
  return t === undefined ? undefined : { kind: "String", value: decodeString(t.image), span: tokenSpan(file, t) };
}

/** The identifier or keyword of a `name` node. */
export function nameOf(file: string, node: CstNode | undefined): Ident | undefined {
  return node === undefined ? undefined : identOf(file, token(node, "Name"));
}

/** Keeps the defined values: visitors return `undefined` for nodes recovery left incomplete. */
export const defined = <T>(items: readonly (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
