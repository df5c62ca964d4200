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
  let result: IrValidation;
  const parsed = Policy.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: formatPath(i.path, "(policy)"), message: i.message }));
    result = { ok: false, errors };
  } else {
    const errors = checkPolicy(parsed.data);
    result = errors.length > 0 ? { ok: false, errors } : { ok: true, policy: parsed.data };
    validated.set(parsed.data, result);
  }
  if (key) validated.set(key, result);
  return result;
}
