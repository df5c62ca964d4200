import { z } from "zod";
import { Cap, Clause, Rule } from "./clause.js";
import { Expr } from "./expr.js";
import { DecimalString, IsoDate, Span } from "./span.js";
import { InputField, ScalarKind } from "./types.js";

/** Bumped on any change to the shape of the IR. */
export const IR_VERSION = "1.3" as const;

/**
 * The versions this IR still reads: 1.3 only added an optional field (a money input's
 * `currency`), so an IR stored as 1.2 (a decision log, a compiled file, the SDK of a previous
 * release) is a valid 1.3 IR and evaluates the same. The compiler writes `IR_VERSION`.
 */
export const READABLE_IR_VERSIONS = ["1.2", IR_VERSION] as const;

export const Article = z.object({
  /** the measure's number in the document: （四） is 4 */
  number: z.number().int().min(1),
  /** stable id: `art4` */
  id: z.string(),
  title: z.string(),
  text: z.string().optional(),
  units: z.array(z.string()),
  clauses: z.array(Clause),
  /** cap on the sum of all the article's (rounded) award items for one applicant */
  totalCap: Cap.optional(),
  /** `exclusive "…" { a, b } keep highest`: of these clauses only the highest award is kept */
  exclusive: z
    .array(z.object({ members: z.array(z.string()).min(2), reason: z.string().optional(), span: Span }))
    .optional(),
  /** `budget 5亿元 "…"`: the measure's total over all applicants (enforced by population runs) */
  budget: z.object({ amount: Expr, reason: z.string().optional(), span: Span }).optional(),
  rules: z.array(Rule).optional(),
  span: Span,
});
export type Article = z.infer<typeof Article>;

/** A named parameter; `pending` means the document leaves its value to implementing rules. */
export const Param = z.object({
  name: z.string(),
  type: ScalarKind,
  doc: z.string().optional(),
  /**
   * values by date: the last entry whose `from` is on or before the evaluation date applies; `doc` is the
   * value's own cited text (the notice or amending clause that set it), cited before the parameter's
   */
  values: z.array(z.object({ from: IsoDate.optional(), value: Expr, doc: z.string().optional() })),
  pending: z.string().optional(),
  span: Span,
});
export type Param = z.infer<typeof Param>;

/** What a test expects; amounts in yuan. */
export const Expectation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("total"), amount: DecimalString, span: Span }),
  z.object({ kind: z.literal("upToTotal"), amount: DecimalString, span: Span }),
  z.object({ kind: z.literal("article"), article: z.number().int(), amount: DecimalString, span: Span }),
  z.object({
    kind: z.literal("award"),
    clause: z.string(),
    item: z.string().optional(),
    amount: DecimalString,
    span: Span,
  }),
  z.object({ kind: z.literal("pending"), clause: z.string(), span: Span }),
  z.object({ kind: z.literal("noAward"), clause: z.string().optional(), item: z.string().optional(), span: Span }),
  z.object({ kind: z.literal("inForce"), value: z.boolean(), span: Span }),
  z.object({ kind: z.literal("invalidFacts"), path: z.string(), span: Span }),
]);
export type Expectation = z.infer<typeof Expectation>;

export const PolicyTest = z.object({
  name: z.string(),
  /** plain JSON facts, money as decimal strings */
  facts: z.record(z.string(), z.unknown()),
  expects: z.array(Expectation),
  span: Span,
});
export type PolicyTest = z.infer<typeof PolicyTest>;

export const Policy = z.object({
  irVersion: z.enum(READABLE_IR_VERSIONS),
  id: z.string(),
  title: z.string(),
  issuer: z.string().optional(),
  issued: IsoDate.optional(),
  source: z.string().optional(),
  /** the file the policy was compiled from, as given to the compiler */
  file: z.string().optional(),
  validity: z.object({ from: IsoDate, to: IsoDate, dateInput: z.string(), span: Span }).optional(),
  stacking: z.object({ rule: z.enum(["highest", "add"]), text: z.string().optional() }),
  rounding: z.object({ unit: DecimalString, mode: z.enum(["half-up", "half-even", "down", "up"]) }),
  inputs: z.array(InputField),
  params: z.array(Param),
  articles: z.array(Article),
  tests: z.array(PolicyTest),
  span: Span,
});
export type Policy = z.infer<typeof Policy>;
