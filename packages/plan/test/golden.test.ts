import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Policy } from "@subsidia/ir";
import { describe, expect, test } from "vitest";
import { planOf, printPlan } from "../src/index.js";

/**
 * Golden plans of the case corpus: each `corpus/<case>/expected.ir.json` lowers to the plan
 * printed in `expected.plan.txt` beside it. With UPDATE_GOLDEN=1 the files are rewritten.
 */
const root = new URL("../../../corpus/", import.meta.url).pathname;
const cases = readdirSync(root)
  .filter((d) => existsSync(join(root, d, "expected.ir.json")))
  .sort();

describe.each(cases)("corpus %s", (name) => {
  test("lowers to the golden plan", () => {
    const ir = Policy.parse(JSON.parse(readFileSync(join(root, name, "expected.ir.json"), "utf8")));
    const file = join(root, name, "expected.plan.txt");
    const actual = `${printPlan(planOf(ir))}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing; run UPDATE_GOLDEN=1 npx vitest run in packages/plan`).toBe(true);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});

test("the flagship lowers to its golden plan (policies/heilongjiang)", async () => {
  const { compile } = await import("@subsidia/compiler");
  const file = "policies/heilongjiang/biomanufacturing-2026.subsidia";
  const ir = compile(readFileSync(join(root, "..", file), "utf8"), file).ir!;
  const golden = new URL("./flagship.plan.txt", import.meta.url).pathname;
  const actual = `${printPlan(planOf(ir))}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
  expect(actual).toBe(readFileSync(golden, "utf8"));
});
