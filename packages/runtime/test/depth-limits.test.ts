import { readFileSync } from "node:fs";
import { Policy } from "@subsidia/ir";
import { expect, test } from "vitest";
import { evaluate, MAX_FACTS_DEPTH, MAX_IR_DEPTH, validateFacts, validatePolicy } from "../src/index.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));

/** `[[[…1…]]]`, `n` lists deep, built without recursion. */
function nested(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

test("facts nested deeper than the limit are refused with the path where they go too deep", () => {
  const facts = { applicationDate: "2026-06-30", rdInvestment: { current: nested(10_000) } };
  const out = validateFacts(flagship, facts);
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(out.errors).toHaveLength(1);
  expect(out.errors[0]!.message).toBe(`expected facts nested at most ${MAX_FACTS_DEPTH} levels deep`);
  expect(out.errors[0]!.path).toBe(`rdInvestment.current${"[0]".repeat(MAX_FACTS_DEPTH - 2)}`);
});

test("facts at the limit are read as usual (a wrong type, not a depth error)", () => {
  const out = validateFacts(flagship, { applicationDate: "2026-06-30", rdInvestment: { current: nested(10) } });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.errors[0]!.message).not.toMatch(/levels deep/);
});

test("an IR nested deeper than the limit is refused, never evaluated", () => {
  const ir = structuredClone(flagship);
  let e: unknown = ir.articles[0]!.clauses[0]!.conditions?.[0] ?? { k: "lit", type: "boolean", value: true };
  for (let i = 0; i < 5000; i++) e = { k: "not", expr: e, type: "boolean", src: "not x", span: ir.span };
  (ir.articles[0]!.clauses[0] as { conditions: unknown[] }).conditions = [e];
  const v = validatePolicy(ir);
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.errors[0]!.message).toBe(`expected an IR nested at most ${MAX_IR_DEPTH} levels deep`);
  const out = evaluate(ir, { applicationDate: "2026-06-30" });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.kind).toBe("ir");
});

test("a sparse list (a hand-edited IR with a hole) is refused by the schema, not a crash", () => {
  const ir = structuredClone(flagship) as unknown as { inputs: { type: { fields?: unknown[] } }[] };
  const list = ir.inputs.find((i) => Array.isArray(i.type.fields) && i.type.fields.length > 1)!;
  delete list.type.fields![1];
  const out = evaluate(ir, { applicationDate: "2026-06-30" });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.kind).toBe("ir");
});
