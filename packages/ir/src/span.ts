import { z } from "zod";

/** Where a node came from in the policy source: 1-based line and column, 0-based offset. */
export const Span = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
});
export type Span = z.infer<typeof Span>;

/** A decimal number written as a string ("10000000", "0.3"): money in yuan, percent as a fraction. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, "expected a decimal string");
export type DecimalString = z.infer<typeof DecimalString>;

/** An ISO date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;
