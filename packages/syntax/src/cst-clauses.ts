import type { CstNode } from "chevrotain";
import type { AwardExpr, ClauseDecl, ClauseEntry, Span, StringLit } from "./ast.js";
import { child, defined, has, identOf, nameOf, nodes, stringOf, token, tokens } from "./cst.js";
import { exprToAst, literalToAst, numberOf } from "./cst-expressions.js";
import { joinSpans, nodeSpan, spanAfter, tokenSpan } from "./spans.js";

/** CST → AST for clauses, their entries and award values. */

export function clauseToAst(file: string, node: CstNode): ClauseDecl | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const name = identOf(file, token(node, "name")) ?? {
    kind: "Ident",
    name: "",
    span: spanAfter({ ...span, length: 6 }),
  };
  const v = identOf(file, token(node, "var"));
  const list = identOf(file, token(node, "list"));
  const forToken = token(node, "for");
  return {
    kind: "Clause",
    name,
    title: stringOf(file, token(node, "StringLiteral")),
    forEach:
      v !== undefined && list !== undefined && forToken !== undefined
        ? { var: v, list, span: joinSpans(tokenSpan(file, forToken), list.span) }
        : undefined,
    entries: defined(nodes(node, "entry").map((n) => clauseEntryToAst(file, n))),
    span,
  };
}

export function textToAst(file: string, node: CstNode): { kind: "Text"; parts: StringLit[]; span: Span } | undefined {
  const span = nodeSpan(file, node);
  const parts = defined(tokens(node, "StringLiteral").map((t) => stringOf(file, t)));
  return span === undefined || parts.length === 0 ? undefined : { kind: "Text", parts, span };
}

function clauseEntryToAst(file: string, node: CstNode): ClauseEntry | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const text = child(node, "textEntry");
  if (text !== undefined) return textToAst(file, text);
  const uplift = child(node, "upliftEntry");
  if (uplift !== undefined) return upliftToAst(file, uplift);
  const funding = child(node, "funding");
  if (funding !== undefined) return fundingToAst(file, funding);
  if (has(node, "when")) {
    const cond = exprToAst(file, child(node, "cond"));
    return cond && { kind: "When", cond, span };
  }
  if (has(node, "award")) {
    const award = awardToAst(file, child(node, "awardValue"));
    return award && { kind: "Award", upTo: has(node, "up"), award, span };
  }
  if (has(node, "cap")) {
    const amount = exprToAst(file, child(node, "amount"));
    return amount && { kind: has(node, "total") ? "TotalCap" : "Cap", amount, span };
  }
  const reason = stringOf(file, token(node, "reason"));
  if (reason !== undefined) return { kind: "NonMonetary", reason, span };
  const key = stringOf(file, token(node, "key"));
  return key && { kind: "Stack", key, span };
}

function upliftToAst(file: string, node: CstNode): ClauseEntry | undefined {
  const span = nodeSpan(file, node);
  const rate = exprToAst(file, child(node, "rate"));
  if (span === undefined || rate === undefined) return undefined;
  const order = token(node, "order")?.image as "before" | "after" | undefined;
  return {
    kind: "Uplift",
    rate,
    order: has(node, "cap") ? order : undefined,
    when: exprToAst(file, child(node, "cond")),
    span,
  };
}

function fundingToAst(file: string, node: CstNode): ClauseEntry | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const shares = tokens(node, "share");
  const payers = defined(
    nodes(node, "payer").map((n, i) => {
      const name = nameOf(file, n);
      const share = numberOf(file, shares[i]);
      if (name === undefined || share === undefined) return undefined;
      return { name, share, span: joinSpans(name.span, share.span) };
    }),
  );
  return { kind: "Funding", payers, span };
}

export function awardToAst(file: string, node: CstNode | undefined): AwardExpr | undefined {
  const span = node && nodeSpan(file, node);
  if (node === undefined || span === undefined) return undefined;
  const tiers = child(node, "tiersAward");
  if (tiers !== undefined) {
    const base = exprToAst(file, child(tiers, "base"));
    return (
      base && {
        kind: "AwardTiers",
        base,
        tiers: defined(
          nodes(tiers, "tier").map((t) => {
            const atLeast = exprToAst(file, child(t, "atLeast"));
            const amount = exprToAst(file, child(t, "amount"));
            const tierSpan = nodeSpan(file, t);
            return atLeast && amount && tierSpan && { atLeast, amount, span: tierSpan };
          }),
        ),
        span,
      }
    );
  }
  const lookup = child(node, "lookup");
  if (lookup !== undefined) {
    const key = exprToAst(file, child(lookup, "key"));
    return (
      key && {
        kind: "AwardLookup",
        key,
        cases: defined(
          nodes(lookup, "lookupCase").map((c) => {
            const match = literalToAst(file, child(c, "match"));
            const amount = exprToAst(file, child(c, "amount"));
            const caseSpan = nodeSpan(file, c);
            return match && amount && caseSpan && { match, amount, span: caseSpan };
          }),
        ),
        otherwise: exprToAst(file, child(lookup, "otherwise")),
        span,
      }
    );
  }
  const amount = exprToAst(file, child(node, "amount"));
  const base = exprToAst(file, child(node, "base"));
  if (amount === undefined || (has(node, "of") && base === undefined)) return undefined;
  return base === undefined ? { kind: "AwardAmount", amount, span } : { kind: "AwardRate", rate: amount, base, span };
}
