import { z } from "zod";
import { Expr } from "./expr.js";
import { Span } from "./span.js";

/** How the amount of one award item is computed, before caps and uplifts. */
export const Award = z.discriminatedUnion("kind", [
  /** A fixed amount or any money expression: `award 200万元`. */
  z.object({ kind: z.literal("amount"), amount: Expr, span: Span }),
  /** rate × base: `award 30% of p.totalInvestment`. */
  z.object({ kind: z.literal("rate"), rate: Expr, base: Expr, span: Span }),
  /**
   * Highest tier reached: each tier pays `amount` when `base >= atLeast`; tiers ascend. With
   * `since` (`tiers of x new since best`), every tier reached now and not by `since` pays, added.
   */
  z.object({
    kind: z.literal("tiers"),
    base: Expr,
    tiers: z.array(z.object({ atLeast: Expr, amount: Expr, span: Span })).min(1),
    since: Expr.optional(),
    span: Span,
  }),
  /** Lookup by an enum or integer key; `otherwise` pays when no case matches (absent: nothing). */
  z.object({
    kind: z.literal("lookup"),
    key: Expr,
    cases: z.array(z.object({ match: z.string(), amount: Expr, span: Span })).min(1),
    otherwise: Expr.optional(),
    span: Span,
  }),
]);
export type Award = z.infer<typeof Award>;

/** An upper bound on an amount. */
export const Cap = z.object({ amount: Expr, span: Span });
export type Cap = z.infer<typeof Cap>;

/** A relative increase (`uplift 50% after cap when …`): amount × (1 + rate). */
export const Uplift = z.object({
  rate: Expr,
  when: Expr.optional(),
  order: z.enum(["before-cap", "after-cap"]),
  /** false when the source did not say before/after and the default (after cap) applied */
  orderStated: z.boolean(),
  span: Span,
});
export type Uplift = z.infer<typeof Uplift>;

/** Who pays which share of an award (`funded by province 1, city 1`). */
export const Funding = z.object({
  payers: z.array(z.object({ name: z.string(), share: z.string().regex(/^\d+(\.\d+)?$/) })).min(1),
  span: Span,
});
export type Funding = z.infer<typeof Funding>;

/** A cap on what a clause pays across years (`cap 300万元 over lifetime`, `cap total 2000万元 over 3 years`). */
export const HistoryCap = z.object({
  amount: Expr,
  /** null: the whole life; a number: the years counted back from the policy's date */
  years: z.number().int().min(1).nullable(),
  /** one item's awards (`cap`), or all the clause's awards to the applicant (`cap total`) */
  scope: z.enum(["item", "applicant"]),
  span: Span,
});
export type HistoryCap = z.infer<typeof HistoryCap>;

/** One instalment of a payment schedule (`pay 40% on p.approved "立项后", …`). */
export const Instalment = z.object({ share: Expr, on: Expr, label: z.string(), span: Span });
export type Instalment = z.infer<typeof Instalment>;

/** A limit across applicants (`select top 5 by p.score per p.category "每类择优支持不超过5个"`). */
export const Selection = z.object({
  mode: z.enum(["top", "first"]),
  count: z.number().int().min(1),
  by: Expr,
  order: z.enum(["descending", "ascending"]),
  per: Expr.optional(),
  reason: z.string().optional(),
  span: Span,
});
export type Selection = z.infer<typeof Selection>;

/** An implementing rule a clause or article cites (`rule "《…管理办法》" "文号"`). */
export const Rule = z.object({ title: z.string().min(1), number: z.string().optional(), span: Span });
export type Rule = z.infer<typeof Rule>;

export const Clause = z.object({
  /** unique within the policy */
  id: z.string(),
  title: z.string().optional(),
  /** the cited sentence(s) of the document */
  text: z.string().optional(),
  /** per-item clause: one award per element of the top-level list input `list` */
  forEach: z.object({ var: z.string(), list: z.string(), span: Span }).optional(),
  /** all must hold (each `when` line is one entry) */
  conditions: z.array(Expr),
  award: Award.optional(),
  /** `exact` is due; `up-to` a ceiling set case by case; `range` from `rangeLow` to `award` */
  basis: z.enum(["exact", "up-to", "range"]),
  /** the lower end of a range (`award 10% to 30% of x`), computed through the same steps */
  rangeLow: Award.optional(),
  /** per item caps, applied in order */
  caps: z.array(Cap),
  uplifts: z.array(Uplift),
  /** cap on the sum of this clause's (rounded) items for one applicant */
  totalCap: Cap.optional(),
  funding: Funding.optional(),
  /** present when the clause pays no computable amount: why */
  nonMonetary: z.string().optional(),
  /** key under which awards of several policies stack (从优、就高、不重复); with the item id */
  stackKey: z.string().optional(),
  /** caps across years, read against the awards history input */
  historyCaps: z.array(HistoryCap).optional(),
  /** `once`: nothing for an item this clause paid before (the awards history) */
  once: z.object({ reason: z.string().optional(), span: Span }).optional(),
  /** `less received`: what this clause paid the item before is deducted */
  lessReceived: z.object({ span: Span }).optional(),
  /** `pay …`: the award paid in instalments at milestones */
  schedule: z.array(Instalment).min(1).optional(),
  /** `select …`: the award is subject to a selection among applicants */
  selection: Selection.optional(),
  /** `one per key keep highest`: among the clause's items with one key, the highest is kept */
  onePer: z.object({ key: Expr, reason: z.string().optional(), span: Span }).optional(),
  rules: z.array(Rule).optional(),
  span: Span,
});
export type Clause = z.infer<typeof Clause>;
