import { expect } from "vitest";
import type { Policy } from "@subsidia/ir";
import { checkPolicy, evaluate, type Result } from "../src/index.js";

/** Evaluates and asserts success; also asserts the built IR is valid. */
export function run(policy: Policy, facts: Record<string, unknown>): Result {
  expect(checkPolicy(policy)).toEqual([]);
  const out = evaluate(policy, facts);
  if (!out.ok) throw new Error(`evaluation failed: ${JSON.stringify(out.errors)}`);
  return out.result;
}

/** The amounts of the awards by `clause` or `clause/item`. */
export function amounts(r: Result): Record<string, string> {
  return Object.fromEntries(r.awards.map((a) => [a.item !== undefined ? `${a.clause}/${a.item}` : a.clause, a.amount]));
}

export function texts(r: Result, index = 0): string[] {
  return (r.awards[index]?.explanation ?? []).map((s) => `${s.kind}: ${s.text}`);
}

export const D = "2026-06-01";
