import { deeperThan, MAX_IR_DEPTH } from "./json-depth.js";
import { Policy } from "@subsidia/ir";
import { checkPolicy } from "./check-ir.js";
import { formatPath } from "./facts.js";
import type { IrError } from "./result.js";

export type IrValidation = { ok: true; policy: Policy } | { ok: false; errors: IrError[] };

/** Validation results by IR object: an IR object is never mutated once evaluated. */
const validated = new WeakMap<object, IrValidation>();

/**
 * Validates a policy's IR against the IR schema (zod) and `checkPolicy`, once per object:
 * every entry point that accepts IR goes through here, so a hand-edited IR is refused with
 * the path of each problem instead of being evaluated or turned into code.
 */
export function validatePolicy(json: unknown): IrValidation {
  const key = typeof json === "object" && json !== null ? json : null;
  const hit = key ? validated.get(key) : undefined;
  if (hit) return hit;
  const result = validateOnce(json);
  if (key) validated.set(key, result);
  return result;
}

function validateOnce(json: unknown): IrValidation {
  const deep = deeperThan(json, MAX_IR_DEPTH);
  if (deep !== null) {
    const message = `expected an IR nested at most ${MAX_IR_DEPTH} levels deep`;
    return { ok: false, errors: [{ path: formatPath(deep, "(policy)"), message }] };
  }
  const parsed = Policy.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: formatPath(i.path, "(policy)"), message: i.message }));
    return { ok: false, errors };
  }
  const errors = checkPolicy(parsed.data);
  const result: IrValidation = errors.length > 0 ? { ok: false, errors } : { ok: true, policy: parsed.data };
  validated.set(parsed.data, result);
  return result;
}
