import type { LibraryHead, RemoveDecl, UsesDecl } from "./ast-library.js";
import type { Currency } from "./literals.js";

/**
 * The abstract syntax tree of a `.subsidia` file. Every node has a `span` pointing
 * back into the source. The tree mirrors the text: no names are resolved and no
 * types are checked here (that is the compiler's job).
 */

export interface Span {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units */
  column: number;
  /** 0-based offset into the text */
  offset: number;
  length: number;
}

export interface Ident {
  kind: "Ident";
  name: string;
  span: Span;
}
export interface StringLit {
  kind: "String";
  value: string;
  span: Span;
}

// ── literals and expressions ───────────────────────────────────────────────

/** `50万元`, `3亿元`, `1.5亿`, `200元`: `yuan` is the exact decimal amount in yuan ("500000"). */
export interface MoneyLit {
  kind: "Money";
  text: string;
  /** the exact amount in its currency's units (yuan unless `currency` says otherwise) */
  yuan: string;
  /** `10万美元`: "USD"; absent for 元 */
  currency?: Currency | undefined;
  span: Span;
}
/** `30%`: `fraction` is the exact decimal fraction ("0.3"). */
export interface PercentLit {
  kind: "Percent";
  text: string;
  fraction: string;
  span: Span;
}
/** `2000000`, `1.5`: `value` is the decimal text. */
export interface NumberLit {
  kind: "Number";
  text: string;
  value: string;
  span: Span;
}
/** `2026-02-13` */
export interface DateLit {
  kind: "Date";
  value: string;
  span: Span;
}
export interface BooleanLit {
  kind: "Boolean";
  value: boolean;
  span: Span;
}

export type Literal = MoneyLit | PercentLit | NumberLit | DateLit | StringLit | BooleanLit;

/** `applicationDate`, `p.totalInvestment`, `rdInvestment.current` */
export interface PathExpr {
  kind: "Path";
  parts: Ident[];
  span: Span;
}
export type BinaryOp = "+" | "-" | "*" | "/" | ">=" | ">" | "<=" | "<" | "=" | "!=" | "and" | "or";
export interface BinaryExpr {
  kind: "Binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
  span: Span;
}
export interface UnaryExpr {
  kind: "Unary";
  op: "-" | "+" | "not";
  expr: Expr;
  span: Span;
}
/** `c.type in ["transfer", "license"]` */
export interface InExpr {
  kind: "In";
  expr: Expr;
  values: Literal[];
  span: Span;
}
/** `p.totalInvestment is given`, `… is not given` */
export interface GivenExpr {
  kind: "Given";
  expr: Expr;
  negate: boolean;
  span: Span;
}
/** `min(a, b)`, `max(a, b)` */
export interface CallExpr {
  kind: "Call";
  fn: Ident;
  args: Expr[];
  span: Span;
}
export interface ParenExpr {
  kind: "Paren";
  expr: Expr;
  span: Span;
}

/** `if c then a else b` */
export interface IfExpr {
  kind: "If";
  cond: Expr;
  then: Expr;
  else: Expr;
  span: Span;
}
/** One case of a lookup: `"a", "b": 500万元` */
export interface LookupCase {
  matches: Literal[];
  amount: Expr;
  span: Span;
}
/** `by key { "a": x, 1: y, otherwise: z }` as a value */
export interface LookupExpr {
  kind: "Lookup";
  key: Expr;
  cases: LookupCase[];
  otherwise?: Expr | undefined;
  span: Span;
}
/** `p.investment at usdRate`: an amount in another currency converted to 元 at a rate (元 per unit) */
export interface ConvertExpr {
  kind: "Convert";
  amount: Expr;
  rate: Expr;
  span: Span;
}
/** `5万元 per 10万美元 of x`, `… new since prev` */
export interface StepsExpr {
  kind: "Steps";
  amount: Expr;
  step: Expr;
  of: Expr;
  since?: Expr | undefined;
  span: Span;
}
export type DateUnit = "years" | "months" | "days";
/** `3 years`, `(p.retirementAge) years`: only after `+` or `-` on a date */
export interface DurationExpr {
  kind: "Duration";
  count: Expr;
  unit: DateUnit;
  span: Span;
}
/** `years between a and b` */
export interface BetweenExpr {
  kind: "Between";
  unit: DateUnit;
  from: Expr;
  to: Expr;
  span: Span;
}
/** `award of otherClause` */
export interface AwardOfExpr {
  kind: "AwardOf";
  clause: Ident;
  span: Span;
}

export type Expr =
  | Literal
  | PathExpr
  | BinaryExpr
  | UnaryExpr
  | InExpr
  | GivenExpr
  | CallExpr
  | ParenExpr
  | IfExpr
  | LookupExpr
  | ConvertExpr
  | StepsExpr
  | DurationExpr
  | BetweenExpr
  | AwardOfExpr;

// ── header ─────────────────────────────────────────────────────────────────

export type HeaderEntry =
  | { kind: "Title"; value: StringLit; span: Span }
  | { kind: "Issuer"; value: StringLit; span: Span }
  | { kind: "Issued"; date: DateLit; span: Span }
  | { kind: "Source"; value: StringLit; span: Span }
  /** `valid from 2026-02-13 to 2028-12-31 on applicationDate` */
  | { kind: "Validity"; from: DateLit; to: DateLit; dateInput?: Ident | undefined; span: Span }
  /** `stacking highest "从优、就高、不重复"` */
  | { kind: "Stacking"; rule: Ident; text?: StringLit | undefined; span: Span }
  /** `rounding 0.01 half up` */
  | { kind: "Rounding"; unit: NumberLit; mode: Ident[]; span: Span };

/** `policy "hlj-biomanufacturing-2026" { … }`; `rule`, `amendment` and `vocabulary` heads: ast-library.ts */
export interface Header {
  kind: "Header";
  id: StringLit;
  /** absent for a policy */
  library?: LibraryHead | undefined;
  entries: HeaderEntry[];
  span: Span;
}

// ── inputs and parameters ──────────────────────────────────────────────────

export type TypeName =
  | "money"
  | "percent"
  | "number"
  | "integer"
  | "boolean"
  | "date"
  | "string"
  | "enum"
  | "record"
  | "list"
  | "awards";

/** `optional money`, `enum("a", "b")`, `list { … }`, `record { … }` */
export interface TypeExpr {
  kind: "Type";
  optional: boolean;
  name: Ident;
  enumValues?: StringLit[] | undefined;
  fields?: FieldDecl[] | undefined;
  /** `history money`: a value an administrator supplies from the record (the previous best) */
  history?: boolean | undefined;
  /** `money in USD`: the currency of an amount, when it is not 元 */
  currency?: Ident | undefined;
  /** `integer from 1 to 3`: the inclusive range of a number or integer */
  range?: { min: NumberLit; max: NumberLit } | undefined;
  span: Span;
}

/** `name: TYPE "doc"` inside a record or list, and (as `input name: TYPE "doc"`) at the top level */
export interface FieldDecl {
  kind: "Field";
  name: Ident;
  type: TypeExpr;
  doc?: StringLit | undefined;
  span: Span;
}
export interface InputDecl {
  kind: "Input";
  /** `new input`: in an amendment, an input the policy does not have (the span of `new`) */
  added?: Span | undefined;
  field: FieldDecl;
  span: Span;
}

/**
 * `param cap: money = 1000万元`, `param cap: money = 100万元, 200万元 from 2027-01-01`, `param rate: percent pending "…"`;
 * `param r: percent = 3.7% "…", 3.65% from 2022-08-22 "…" "doc"`: each value may cite its own text; a single
 * string after the last value is the parameter's `doc`, as it always was.
 */
export interface ParamDecl {
  kind: "Param";
  /** `new param`: in an amendment, a parameter the policy does not have (the span of `new`) */
  added?: Span | undefined;
  name: Ident;
  type: Ident;
  /** `text`: the value's own cited text (`3.65% from 2022-08-22 "…"`), the document that set it */
  values: { value: Expr; from?: DateLit | undefined; text?: StringLit | undefined; span: Span }[];
  pending?: StringLit | undefined;
  doc?: StringLit | undefined;
  span: Span;
}

// ── articles and clauses ───────────────────────────────────────────────────

export type AwardExpr =
  | { kind: "AwardAmount"; amount: Expr; span: Span }
  | { kind: "AwardRate"; rate: Expr; base: Expr; span: Span }
  | {
      kind: "AwardTiers";
      base: Expr;
      /** `new since prev`: every tier newly reached pays */
      since?: Expr | undefined;
      tiers: { atLeast: Expr; amount: Expr; span: Span }[];
      span: Span;
    }
  /** `award by key { … }` alone: no case matched means no award */
  | { kind: "AwardLookup"; key: Expr; cases: LookupCase[]; otherwise?: Expr | undefined; span: Span };

/** One instalment of `pay 40% on p.approved "立项后", …` */
export interface Instalment {
  share: Expr;
  on: Expr;
  label: StringLit;
  span: Span;
}

export type ClauseEntry =
  | { kind: "Text"; parts: StringLit[]; span: Span }
  | { kind: "When"; cond: Expr; span: Span }
  /** `low`: the lower end of a range `award 10% to 30% of x` (the award holds the upper end) */
  | { kind: "Award"; upTo: boolean; award: AwardExpr; low?: Expr | undefined; span: Span }
  /** `over`: `cap 300万元 over lifetime` (no years) or `over 3 years` */
  | { kind: "Cap"; amount: Expr; over?: Over | undefined; span: Span }
  | { kind: "TotalCap"; amount: Expr; over?: Over | undefined; span: Span }
  | { kind: "Once"; reason?: StringLit | undefined; span: Span }
  | { kind: "LessReceived"; span: Span }
  | { kind: "Pay"; instalments: Instalment[]; span: Span }
  | {
      kind: "Select";
      mode: "top" | "first";
      count: NumberLit;
      by: Expr;
      order?: "descending" | "ascending" | undefined;
      per?: Expr | undefined;
      reason?: StringLit | undefined;
      span: Span;
    }
  | { kind: "OnePer"; key: Expr; reason?: StringLit | undefined; span: Span }
  | RuleEntry
  | { kind: "Uplift"; rate: Expr; order?: "before" | "after" | undefined; when?: Expr | undefined; span: Span }
  | { kind: "Funding"; payers: { name: Ident; share: NumberLit; span: Span }[]; span: Span }
  | { kind: "NonMonetary"; reason: StringLit; span: Span }
  | { kind: "Stack"; key: StringLit; span: Span };

/** `over lifetime` (`years` absent) or `over 3 years` */
export interface Over {
  years?: NumberLit | undefined;
  span: Span;
}
/** `rule "《…管理办法》" "文号"` */
export interface RuleEntry {
  kind: "Rule";
  title: StringLit;
  number?: StringLit | undefined;
  span: Span;
}

/** `clause construction "建设补助" for each p in pilotPlatforms { … }` */
export interface ClauseDecl {
  kind: "Clause";
  name: Ident;
  title?: StringLit | undefined;
  forEach?: { var: Ident; list: Ident; span: Span } | undefined;
  entries: ClauseEntry[];
  span: Span;
}

export type ArticleEntry =
  | { kind: "Text"; parts: StringLit[]; span: Span }
  | { kind: "Units"; values: StringLit[]; span: Span }
  | { kind: "TotalCap"; amount: Expr; span: Span }
  | { kind: "Exclusive"; members: Ident[]; reason?: StringLit | undefined; span: Span }
  | { kind: "Budget"; amount: Expr; reason?: StringLit | undefined; span: Span }
  | RuleEntry
  | ClauseDecl;

/** `article 4 "支持中试熟化平台建设" { … }` */
export interface ArticleDecl {
  kind: "Article";
  /** `new article`: in an amendment, an article the policy does not have (the span of `new`) */
  added?: Span | undefined;
  number: NumberLit;
  title: StringLit;
  entries: ArticleEntry[];
  span: Span;
}

// ── tests ──────────────────────────────────────────────────────────────────

export type Value = Literal | ObjectValue | ArrayValue;
export interface ObjectValue {
  kind: "Object";
  entries: { key: Ident | StringLit; value: Value; span: Span }[];
  span: Span;
}
export interface ArrayValue {
  kind: "Array";
  items: Value[];
  span: Span;
}

export type Expect =
  | { kind: "ExpectTotal"; upTo: boolean; amount: Expr; span: Span }
  | { kind: "ExpectArticle"; article: NumberLit; amount: Expr; span: Span }
  | { kind: "ExpectAward"; clause: Ident; item?: StringLit | undefined; amount: Expr; span: Span }
  | { kind: "ExpectPending"; clause: Ident; span: Span }
  | { kind: "ExpectNoAward"; clause?: Ident | undefined; item?: StringLit | undefined; span: Span }
  | { kind: "ExpectInForce"; value: boolean; span: Span }
  | { kind: "ExpectInvalid"; path: StringLit; span: Span };

/** `test "name" { facts { … } expect … }` */
export interface TestDecl {
  kind: "Test";
  name: StringLit;
  facts: ObjectValue;
  expects: Expect[];
  span: Span;
}

// ── file ───────────────────────────────────────────────────────────────────

export type Item = InputDecl | ParamDecl | ArticleDecl | TestDecl | UsesDecl | RemoveDecl;

export interface Comment {
  text: string;
  span: Span;
}

export interface PolicyFile {
  kind: "File";
  header?: Header | undefined;
  items: Item[];
  comments: Comment[];
  span: Span;
}
