import type { IToken } from "chevrotain";
import { term } from "@subsidia/messages";
import type { Expr, PolicyFile, Span } from "./ast.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { tokenSpan } from "./spans.js";

/**
 * Every pass over an expression (type checking, the IR's schema, evaluation, code
 * generation, printing) recurses into it, so an expression may nest at most this deep:
 * a literal or a name is one level, and each operator, call, bracket or prefix adds one
 * (`a + b + c` is three). The parser reads `1元 + 1元 + …` as a flat list, but the AST
 * and the IR nest it: 100,000 terms would exhaust the stack of every later pass.
 */
export const MAX_EXPRESSION_DEPTH = 100;
/** P005 at `span`; names the token where the expression went too deep, when there is one. */
function depthDiagnostic(span: Span, at: IToken | undefined): Diagnostic {
  const where = at === undefined ? "" : term("unexpectedAt", { image: at.image });
  return diagnostic("P005.depth", span, { at: where, max: MAX_EXPRESSION_DEPTH });
}

const EXPRESSIONS = new Set<string>([
  "Money",
  "Percent",
  "Number",
  "Date",
  "String",
  "Boolean",
  "Path",
  "Binary",
  "Unary",
  "In",
  "Given",
  "Call",
  "Paren",
] satisfies Expr["kind"][]);

/** An AST node, or an object that holds some (a parameter's `{ value, from }`, a tier). */
interface Node {
  kind?: string;
  span?: Span;
  [key: string]: unknown;
}
const isObject = (x: unknown): x is Node => typeof x === "object" && x !== null;

/** The objects directly below `node` but its span, in source order. */
function children(node: Node): Node[] {
  const out: Node[] = [];
  // `for … in` over the own keys of plain AST objects: the order of Object.entries, without its arrays
  for (const key in node) {
    if (key === "span") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const x of value) if (isObject(x)) out.push(x);
    } else if (isObject(value)) out.push(value);
  }
  return out;
}

/**
 * P005 at the first expression (in source order) that nests deeper than the limit,
 * pointing at its operator. Walks the tree with a stack of its own: the tree to check
 * may be as deep as the text is long.
 */
export function checkExpressionDepth(ast: PolicyFile, tokens: readonly IToken[], file: string): Diagnostic | undefined {
  const root = ast as unknown as Node;
  /** `deepest`: the depth of the deepest expression below the node so far */
  const stack = [{ node: root, below: children(root), next: 0, deepest: 0 }];
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    const child = top.below[top.next++];
    if (child !== undefined) {
      stack.push({ node: child, below: children(child), next: 0, deepest: 0 });
      continue;
    }
    stack.pop();
    const depth = EXPRESSIONS.has(top.node.kind ?? "") ? top.deepest + 1 : 0;
    if (depth > MAX_EXPRESSION_DEPTH) return tooDeep(top.node as unknown as Expr, tokens, file);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.deepest = Math.max(parent.deepest, depth);
  }
  return undefined;
}

function tooDeep(e: Expr, tokens: readonly IToken[], file: string): Diagnostic {
  // an infix operator (`+`, `in`, `is`) is the first token after its left operand; other expressions start with theirs
  const left = e.kind === "Binary" ? e.left : e.kind === "In" || e.kind === "Given" ? e.expr : undefined;
  const at = firstTokenFrom(tokens, left === undefined ? e.span.offset : left.span.offset + left.span.length);
  const span = at === undefined ? { ...e.span, length: 0 } : tokenSpan(file, at);
  return depthDiagnostic(span, at);
}

/** The first token starting at or after `offset` (tokens are sorted by offset). */
function firstTokenFrom(tokens: readonly IToken[], offset: number): IToken | undefined {
  let [lo, hi] = [0, tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.startOffset ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

/**
 * Binary operators by precedence, lowest first (docs/language.md). A chain of `or`, `and`,
 * `+ -` or `* /` nests one level per operator; a comparison does not chain, but ends the
 * chains of the operators that bind tighter.
 */
const PRECEDENCE: Record<string, number> = {
  or: 0,
  and: 1,
  GreaterEq: 2,
  Greater: 2,
  LessEq: 2,
  Less: 2,
  Equals: 2,
  NotEq: 2,
  Plus: 3,
  Minus: 3,
  Star: 4,
  Slash: 4,
};
const COMPARISON = 2;
/** Tokens that end an operand: after one, `+` and `-` are binary. */
const OPERAND_END = new Set([
  "MoneyLiteral",
  "PercentLiteral",
  "NumberLiteral",
  "DateLiteral",
  "StringLiteral",
  "Identifier",
  "true",
  "false",
  "given",
  "RParen",
  "RBracket",
]);
/** Other tokens of an expression: any token that is in none of these sets ends every chain. */
const WITHIN = new Set(["Dot", "min", "max", "in", "is", "not", "LBracket"]);

/**
 * The same limit, found on the tokens before parsing when a chain of operators of one
 * precedence (`1元 + 1元 + …`, `a and b and …`) is longer than the limit: such an
 * expression nests at least one level per operator, and refusing it here spares the
 * parser the work. It only refuses what `checkExpressionDepth` would: chains are counted
 * per bracket, and any token that may end an expression ends them.
 */
export function checkOperatorChains(tokens: readonly IToken[], file: string): Diagnostic | undefined {
  const fresh = (): number[] => [0, 0, 0, 0, 0];
  /** per open bracket: the length of the current chain of each precedence */
  const frames = [fresh()];
  let previous = "";
  for (const t of tokens) {
    const name = t.tokenType.name;
    // a keyword after `.` is a field name (`x.total`): part of the expression, and the end of an operand
    const field = previous === "Dot";
    const operandEnded = OPERAND_END.has(previous) || previous === "field";
    const chains = frames[frames.length - 1] ?? fresh();
    const level = field ? undefined : PRECEDENCE[name];
    if (level !== undefined && !((name === "Plus" || name === "Minus") && !operandEnded)) {
      chains.fill(0, level + 1); // an operator ends the chains of those that bind tighter
      if (level !== COMPARISON && ++chains[level]! >= MAX_EXPRESSION_DEPTH) return tooDeepChain(t, file);
    } else if (name === "LParen") frames.push(fresh());
    else if (name === "RParen") frames.length > 1 ? frames.pop() : chains.fill(0);
    else if (name === "Comma") chains.fill(0);
    else if (level === undefined && !field && !OPERAND_END.has(name) && !WITHIN.has(name)) {
      frames.splice(0, frames.length, fresh());
    }
    previous = field ? "field" : name;
  }
  return undefined;
}

function tooDeepChain(at: IToken, file: string): Diagnostic {
  return depthDiagnostic(tokenSpan(file, at), at);
}
