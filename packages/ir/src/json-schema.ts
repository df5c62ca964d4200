import { z } from "zod";
import { Policy } from "./policy.js";

/** The JSON Schema (draft 2020-12) of a compiled policy. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Policy, { target: "draft-2020-12", cycles: "ref", reused: "ref" }) as Record<string, unknown>;
}
