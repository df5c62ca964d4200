import type { CstNode } from "chevrotain";
import type { AwardExpr, ClauseDecl, ClauseEntry, Instalment, Over, RuleEntry, Span, StringLit } from "./ast.js";
import { child, defined, has, identOf, nameOf, nodes, stringOf, token, tokens } from "./cst.js";
import { exprToAst, numberOf } from "./cst-expressions.js";
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
  const pay = child(node, "payEntry");
  if (pay !== undefined) return payToAst(file, pay);
  const select = child(node, "selectEntry");
  if (select !== undefined) return selectToAst(file, select);
  const rule = child(node, "ruleEntry");
  if (rule !== undefined) return ruleToAst(file, rule);
  if (has(node, "award")) {
    const value = child(node, "awardValue");
    const award = awardToAst(file, value);
    const low = value && child(value, "high") ? exprToAst(file, child(value, "amount")) : undefined;
    return award && { kind: "Award", upTo: has(node, "up"), award, low, span };
  }
  if (has(node, "cap")) {
    const amount = exprToAst(file, child(node, "amount"));
    const over = overToAst(file, child(node, "overWindow"));
    return amount && { kind: has(node, "total") ? "TotalCap" : "Cap", amount, over, span };
  }
  if (has(node, "once")) return { kind: "Once", reason: stringOf(file, token(node, "onceReason")), span };
  if (has(node, "less")) return { kind: "LessReceived", span };
  if (has(node, "one")) {
    const key = exprToAst(file, child(node, "onePer"));
    return key && { kind: "OnePer", key, reason: stringOf(file, token(node, "oneReason")), span };
  }
  const reason = stringOf(file, token(node, "reason"));
  if (reason !== undefined) return { kind: "NonMonetary", reason, span };
  const key = stringOf(file, token(node, "key"));
  return key && { kind: "Stack", key, span };
}

function overToAst(file: string, node: CstNode | undefined): Over | undefined {
  const span = node && nodeSpan(file, node);
  if (node === undefined || span === undefined) return undefined;
  return { years: numberOf(file, token(node, "years")), span };
}

function payToAst(file: string, node: CstNode): ClauseEntry | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const instalments = defined(
    nodes(node, "instalment").map((n): Instalment | undefined => {
      const share = exprToAst(file, child(n, "share"));
      const on = exprToAst(file, child(n, "on"));
      const label = stringOf(file, token(n, "label"));
      const s = nodeSpan(file, n);
      return share && on && label && s ? { share, on, label, span: s } : undefined;
    }),
  );
  return { kind: "Pay", instalments, span };
}

function selectToAst(file: string, node: CstNode): ClauseEntry | undefined {
  const span = nodeSpan(file, node);
  const mode = token(node, "mode")?.image as "top" | "first" | undefined;
  const count = numberOf(file, token(node, "count"));
  const by = exprToAst(file, child(node, "by"));
  if (span === undefined || mode === undefined || count === undefined || by === undefined) return undefined;
  return {
    kind: "Select",
    mode,
    count,
    by,
    order: token(node, "order")?.image as "descending" | "ascending" | undefined,
    per: exprToAst(file, child(node, "per")),
    reason: stringOf(file, token(node, "reason")),
    span,
  };
}

export function ruleToAst(file: string, node: CstNode): RuleEntry | undefined {
  const span = nodeSpan(file, node);
  const title = stringOf(file, token(node, "title"));
  return span && title && { kind: "Rule", title, number: stringOf(file, token(node, "number")), span };
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
        since: exprToAst(file, child(tiers, "since")),
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
  // in a range `A to B of X` the award is its upper end B; the entry keeps A as `low`
  const amount = exprToAst(file, child(node, child(node, "high") ? "high" : "amount"));
  const base = exprToAst(file, child(node, "base"));
  if (amount === undefined || (has(node, "of") && base === undefined)) return undefined;
  if (base !== undefined) return { kind: "AwardRate", rate: amount, base, span };
  // `award by key { … }` alone keeps its meaning: no case matched, no award
  if (amount.kind === "Lookup") return { ...amount, kind: "AwardLookup", span };
  return { kind: "AwardAmount", amount, span };
}
