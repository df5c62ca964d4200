import { z } from "zod";
import { DecimalString, Span } from "./span.js";

/** The scalar kinds an expression can have. */
export const ScalarKind = z.enum(["money", "percent", "number", "integer", "boolean", "date", "string", "enum"]);
export type ScalarKind = z.infer<typeof ScalarKind>;

/** A currency other than 元 (`money in USD`), by ISO code. */
export const Currency = z.enum(["USD", "EUR", "HKD", "JPY"]);
export type Currency = z.infer<typeof Currency>;

export type InputType =
  | { kind: Exclude<ScalarKind, "enum" | "integer" | "number" | "money"> }
  /** `currency`: an amount in another currency than 元 (`money in USD`), converted with `at RATE` where 元 are needed */
  | { kind: "money"; currency?: Currency | undefined }
  /** `min` and `max` (decimal strings, inclusive) from `integer from 1 to 3` */
  | { kind: "integer" | "number"; min?: string | undefined; max?: string | undefined }
  | { kind: "enum"; values: string[] }
  | { kind: "record"; fields: InputField[] }
  | { kind: "list"; fields: InputField[] };

export interface InputField {
  name: string;
  type: InputType;
  optional: boolean;
  doc?: string | undefined;
  /**
   * `awards`: the awards paid before (a list of clause, item, date, amount) that history caps,
   * `once` and `less received` read; `history`: an outcome an administrator supplies (the
   * previous best revenue), not an applicant's choice.
   */
  role?: "awards" | "history" | undefined;
  span: Span;
}

/** A declared input (a fact) or a field of a record / list item. */
export const InputType: z.ZodType<InputType> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal("money"), currency: Currency.optional() }),
    z.object({ kind: z.enum(["percent", "boolean", "date", "string"]) }),
    z.object({ kind: z.enum(["number", "integer"]), min: DecimalString.optional(), max: DecimalString.optional() }),
    z.object({ kind: z.literal("enum"), values: z.array(z.string()).min(1) }),
    z.object({ kind: z.literal("record"), fields: z.array(InputField) }),
    z.object({ kind: z.literal("list"), fields: z.array(InputField) }),
  ]),
);

export const InputField: z.ZodType<InputField> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: InputType,
    optional: z.boolean(),
    doc: z.string().optional(),
    role: z.enum(["awards", "history"]).optional(),
    span: Span,
  }),
);
