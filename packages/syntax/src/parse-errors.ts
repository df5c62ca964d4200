import {
  EOF,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from "chevrotain";
import type { Span } from "./ast.js";
import { term } from "@subsidia/messages";
import { diagnostic, DIAGNOSTICS, didYouMean, type Diagnostic, type DiagnosticCode } from "./diagnostics.js";
import { offsetSpan, tokenSpan } from "./spans.js";
import { closest } from "./suggest.js";
import {
  DateLiteral,
  Identifier,
  keywords,
  Kw,
  LBracket,
  LCurly,
  LParen,
  Minus,
  MoneyLiteral,
  Name,
  NumberLiteral,
  PercentLiteral,
  Plus,
  RBracket,
  RCurly,
  StringLiteral,
} from "./tokens.js";

/**
 * Chevrotain's parse errors in our words. The message provider only records
 * what was expected (as JSON in the exception's message); `toDiagnostic` turns
 * an exception into a diagnostic: "unexpected `}`; expected an expression".
 */

const LITERALS: TokenType[] = [
  MoneyLiteral,
  PercentLiteral,
  NumberLiteral,
  DateLiteral,
  StringLiteral,
  Kw.true,
  Kw.false,
];
const EXPRESSION_STARTS: TokenType[] = [
  ...LITERALS,
  Identifier,
  Kw.min,
  Kw.max,
  LParen,
  Minus,
  Plus,
  Kw.not,
  Kw.if,
  Kw.by,
  Kw.years,
  Kw.months,
  Kw.days,
  Kw.award,
];
const TOP_LEVEL: TokenType[] = [Kw.input, Kw.param, Kw.article, Kw.test];

/**
 * What may start another entry of a `{ … }` block, by rule. A missing closing
 * bracket is reported where the next entry could also have started, so these
 * are expected as well (Chevrotain only names the closing bracket).
 */
const ENTRY_STARTS: Record<string, TokenType[]> = {
  header: [Kw.title, Kw.issuer, Kw.issued, Kw.valid, Kw.source, Kw.stacking, Kw.rounding],
  articleDecl: [Kw.text, Kw.units, Kw.cap, Kw.clause, Kw.exclusive, Kw.budget, Kw.rule],
  clauseDecl: [
    Kw.text,
    Kw.when,
    Kw.award,
    Kw.cap,
    Kw.uplift,
    Kw.funded,
    Kw.nonmonetary,
    Kw.stack,
    Kw.once,
    Kw.less,
    Kw.pay,
    Kw.select,
    Kw.one,
    Kw.rule,
  ],
  type: [Name],
  object: [Name, StringLiteral],
  testDecl: [Kw.expect],
  tiersAward: [Kw.at],
  lookup: [...LITERALS, Kw.otherwise],
  array: [...LITERALS, LCurly, LBracket],
};

function mismatch(expected: TokenType, ruleName: string): TokenType[] {
  if (expected === EOF) return TOP_LEVEL;
  const starts = expected === RCurly || expected === RBracket ? ENTRY_STARTS[ruleName] : undefined;
  return starts === undefined ? [expected] : [...starts, expected];
}

/** Readable names of what was expected, collapsing the many starts of an expression or a literal. */
export function describeExpected(types: readonly TokenType[]): string[] {
  const unique = [...new Set(types)];
  const labels: string[] = [];
  const isExpression = [...LITERALS, Identifier, LParen].every((t) => unique.includes(t));
  const isLiteral = LITERALS.every((t) => unique.includes(t));
  for (const t of unique) {
    if (isExpression && EXPRESSION_STARTS.includes(t)) labels.push("an expression");
    else if (isLiteral && LITERALS.includes(t)) labels.push("a literal");
    else labels.push(t.LABEL ?? t.name);
  }
  return [...new Set(labels)];
}

/** The exception's message carries what was expected, and a code when the exception type does not tell it. */
const encode = (types: readonly TokenType[], code?: DiagnosticCode): string =>
  JSON.stringify({ expected: describeExpected(types), code });
const firsts = (paths: TokenType[][]): TokenType[] => paths.flatMap((p) => (p[0] === undefined ? [] : [p[0]]));

/** The message of a case's key without its amount (`by t.phase { 1: 800万元\n 2\n 3: … }`), saved by the parser. */
export const CASE_WITHOUT_AMOUNT = JSON.stringify({ expected: ["`:`"], code: "P002", caseWithoutAmount: true });

export const errorMessageProvider: IParserErrorMessageProvider = {
  // Chevrotain expects the end of the file after the last top-level item: that is an unexpected token
  buildMismatchTokenMessage: ({ expected, ruleName }) =>
    encode(mismatch(expected, ruleName), expected === EOF ? "P001" : undefined),
  buildNotAllInputParsedMessage: () => encode(TOP_LEVEL, "P001"),
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) => encode(expectedPathsPerAlt.flatMap(firsts)),
  buildEarlyExitMessage: ({ expectedIterationPaths }) => encode(firsts(expectedIterationPaths)),
};

function decode(message: string): { expected: string[]; code?: DiagnosticCode | undefined } {
  try {
    const value = JSON.parse(message) as { expected?: unknown; code?: unknown };
    const expected = Array.isArray(value.expected)
      ? value.expected.filter((v): v is string => typeof v === "string")
      : [];
    const code =
      typeof value.code === "string" && value.code in DIAGNOSTICS ? (value.code as DiagnosticCode) : undefined;
    return { expected, code };
  } catch {
    return { expected: [] };
  }
}

/** A token as the user wrote it, in backticks (long strings shortened). */
export function quoteToken(token: IToken): string {
  const image = token.image.length > 24 ? `${token.image.slice(0, 23)}…` : token.image;
  return `\`${image}\``;
}

const isEof = (token: IToken): boolean => token.tokenType === EOF || !Number.isFinite(token.startOffset);

const CODES: Record<string, DiagnosticCode> = {
  MismatchedTokenException: "P002",
  NotAllInputParsedException: "P001",
  NoViableAltException: "P004",
  EarlyExitException: "P004",
};

export function toDiagnostic(e: IRecognitionException, text: string, file: string): Diagnostic {
  const { expected, code: given } = decode(e.message);
  const eof = isEof(e.token);
  const span: Span = eof ? offsetSpan(file, text, text.length, 0) : tokenSpan(file, e.token);
  const code = (eof ? "P003" : (given ?? CODES[e.name] ?? "P001")) as "P001" | "P002" | "P003" | "P004";
  const actual = eof ? term("endOfFile") : quoteToken(e.token);
  if (e.message === CASE_WITHOUT_AMOUNT) return diagnostic("P002.caseAmount", span, { key: actual }, { expected });
  const misplaced = eof ? undefined : misplacedWord(e);
  if (misplaced === "P004.caseKey")
    return diagnostic(misplaced, span, { actual, quoted: `\`"${e.token.image}"\`` }, { expected });
  if (misplaced !== undefined) return diagnostic(misplaced, span, {}, { expected });
  const suggestion = eof ? undefined : meantKeyword(e.token, expected);
  const hint = expected.length === 1 && expected[0] === `\`${suggestion}\`` ? "" : didYouMean(suggestion);
  const extra = { ...(expected.length > 0 ? { expected } : {}), ...(suggestion ? { suggestion } : {}) };
  if (expected.length === 0) return diagnostic(`${code}.bare`, span, { actual, hint }, extra);
  // labels such as `clause` are shown as written; words such as "an expression" are translated
  const labels = expected.map((x) => (x.startsWith("`") ? x : term(x)));
  return diagnostic(`${code}.unexpected`, span, { actual, expected: labels, hint }, extra);
}

/**
 * A word a drafter puts where the language does not take it, with a message of its own instead of a list of
 * what was expected and a wrong "did you mean": `between` without a unit (a range of values), `if` as an entry
 * (it is a value), a bare name as the key of a lookup's case (keys are literals).
 */
function misplacedWord(e: IRecognitionException): "P002.between" | "P002.ifEntry" | "P004.caseKey" | undefined {
  const type = e.token.tokenType;
  if (type === Kw.between) return "P002.between";
  const rule = e.context?.ruleStack.at(-1);
  if (type === Kw.if && e.name === "MismatchedTokenException" && rule !== undefined && rule in ENTRY_STARTS)
    return "P002.ifEntry";
  if (type === Identifier && (rule === "lookup" || rule === "lookupCase")) return "P004.caseKey";
  return undefined;
}

/**
 * The keyword a misspelt word most likely meant: one of those expected here
 * (`clasue` → `clause`), else any keyword (`polciy` → `policy`, `optinal` →
 * `optional`). Only for a word that is not itself a keyword.
 */
export function meantKeyword(token: IToken, expected: readonly string[]): string | undefined {
  if (token.tokenType !== Identifier) return undefined;
  const here = expected.flatMap((x) => (/^`[a-z]+`$/.test(x) ? [x.slice(1, -1)] : []));
  return closest(token.image, here) ?? closest(token.image, keywords);
}
