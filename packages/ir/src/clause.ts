import { z } from "zod";
import { Expr } from "./expr.js";
import { Span } from "./span.js";

/** How the amount of one award item is computed, before caps and uplifts. */
export const Award = z.discriminatedUnion("kind", [
  /** A fixed amount or any money expression: `award 200万元`. */
  z.object({ kind: z.literal("amount"), amount: Expr, span: Span }),
  /** rate × base: `award 30% of p.totalInvestment`. */
  z.object({ kind: z.literal("rate"), rate: Expr, base: Expr, span: Span }),
  /** Highest tier reached: each tier pays `amount` when `base >= atLeast`; tiers ascend. */
  z.object({
    kind: z.literal("tiers"),
    base: Expr,
    tiers: z.array(z.object({ atLeast: Expr, amount: Expr, span: Span })).min(1),
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
  basis: z.enum(["exact", "up-to"]),
  /** per item caps, applied in order */
  caps: z.array(Cap),
  uplifts: z.array(Uplift),
  /** cap on the sum of this clause's (rounded) items for one applicant */
  totalCap: Cap.optional(),
  funding: Funding.optional(),
  /** present when the clause pays no computable amount: why */
  nonMonetary: z.string().optional(),
  /** key under which awards of several policies stack (从优、就高、不重复); defaults to the item id */
  stackKey: z.string().optional(),
  span: Span,
});
export type Clause = z.infer<typeof Clause>;
