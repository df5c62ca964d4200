import { z } from "zod";
import type { InputField, InputType, Policy } from "@subsidia/ir";
import { expectedText, precisionHint, readScalar } from "./fact-scalars.js";
import { formatPath, shown, type FactsError, type NormalisedFacts } from "./facts.js";
import { deeperThan, MAX_FACTS_DEPTH } from "./json-depth.js";
import { checkKeys, DEFAULT_MAX_ITEMS, type FactsOptions } from "./facts-keys.js";
import { factsReader, INVALID } from "./facts-reader.js";

type AnySchema = z.ZodType<unknown, unknown>;

function missing(type: InputType): string {
  return `required fact is missing: expected ${expectedText(type)}`;
}

function wrong(type: InputType, input: unknown): string {
  const hint =
    type.kind === "date" && typeof input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(input)
      ? " (not a calendar date)"
      : precisionHint(type, input);
  return `expected ${expectedText(type)}, got ${shown(input)}${hint}`;
}

function typeError(type: InputType) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? missing(type) : wrong(type, iss.input));
}

function scalarSchema(field: InputField): AnySchema {
  const { type, optional } = field;
  if (type.kind === "record" || type.kind === "list") throw new Error("not a scalar");
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null) {
      if (optional) return null;
      ctx.addIssue({ code: "custom", message: missing(type), input: value });
      return z.NEVER;
    }
    const read = readScalar(type, value);
    if (read === null) {
      ctx.addIssue({ code: "custom", message: wrong(type, value), input: value });
      return z.NEVER;
    }
    return read;
  });
}

function recordSchema(fields: readonly InputField[], type: InputType): z.ZodObject {
  const shape: Record<string, AnySchema> = {};
  for (const f of fields) shape[f.name] = fieldSchema(f);
  return z.object(shape, { error: typeError(type) });
}

function fieldSchema(field: InputField): AnySchema {
  const { type } = field;
  if (type.kind === "list") {
    const item = recordSchema(type.fields, { kind: "record", fields: type.fields });
    return z
      .array(item, { error: typeError(type) })
      .nullable()
      .optional()
      .transform((v) => v ?? []);
  }
  if (type.kind === "record") {
    const record = recordSchema(type.fields, type);
    return field.optional
      ? record
          .nullable()
          .optional()
          .transform((v) => v ?? null)
      : record;
  }
  return field.optional ? scalarSchema(field).optional() : scalarSchema(field);
}

const cache = new WeakMap<Policy, z.ZodType<NormalisedFacts, unknown>>();

/**
 * The zod schema of a policy's facts, derived from `policy.inputs` (cached per policy object).
 * Parsing normalises: amounts become decimals, absent optional facts null, absent lists empty;
 * keys it does not declare are dropped (`validateFacts` reports them first).
 */
export function factsSchema(policy: Policy): z.ZodType<NormalisedFacts, unknown> {
  let schema = cache.get(policy);
  if (!schema) {
    const shape: Record<string, AnySchema> = {};
    for (const f of policy.inputs) shape[f.name] = fieldSchema(f);
    schema = z.object(shape, {
      error: (iss) => `expected the facts as an object of named facts, got ${shown(iss.input)}`,
    }) as unknown as z.ZodType<NormalisedFacts, unknown>;
    cache.set(policy, schema);
  }
  return schema;
}

export type FactsValidation = { ok: true; facts: NormalisedFacts } | { ok: false; errors: FactsError[] };

/**
 * Validates plain JSON facts against a policy's inputs, reporting every error with its path:
 * first the keys no input declares (at any level, with a likely spelling), then the facts of
 * the wrong type or missing. A list longer than `options.maxItems`, or facts nested deeper than
 * `MAX_FACTS_DEPTH`, are reported alone, before anything in them is read. `options.allowKeys`
 * names facts declared elsewhere. Valid facts are read by `factsReader` (the same rules without
 * zod's cost); the others by the key check and the schema, for the errors.
 */
export function validateFacts(policy: Policy, facts: unknown, options: FactsOptions = {}): FactsValidation {
  if (options.allowKeys === undefined) {
    const read = factsReader(policy)(facts, options.maxItems ?? DEFAULT_MAX_ITEMS);
    if (read !== INVALID) return { ok: true, facts: read };
  }
  const deep = deeperThan(facts, MAX_FACTS_DEPTH);
  if (deep !== null)
    return {
      ok: false,
      errors: [{ path: formatPath(deep), message: `expected facts nested at most ${MAX_FACTS_DEPTH} levels deep` }],
    };
  const keys = checkKeys(policy.inputs, facts, options);
  if (keys.tooLong.length > 0) return { ok: false, errors: keys.tooLong };
  const parsed = factsSchema(policy).safeParse(facts);
  const typed = parsed.success
    ? []
    : parsed.error.issues.map((iss) => ({ path: formatPath(iss.path), message: iss.message }));
  const errors = [...keys.unknown, ...typed];
  if (errors.length === 0 && parsed.success) return { ok: true, facts: parsed.data };
  return { ok: false, errors };
}
