import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "vitest";
import { IR_VERSION, Policy, policyJsonSchema } from "../src/index.js";

const golden = new URL("../schema/policy.schema.json", import.meta.url);

test("the IR's JSON Schema matches the committed golden file (bump IR_VERSION when it changes)", () => {
  const current = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, current);
  const committed = readFileSync(golden, "utf8");
  expect(JSON.parse(current)).toEqual(JSON.parse(committed));
  expect(JSON.parse(committed).properties.irVersion.enum).toContain(IR_VERSION);
});

const span = { line: 1, column: 1, offset: 0, length: 1 };
const minimal = {
  irVersion: IR_VERSION,
  id: "p",
  title: "t",
  stacking: { rule: "add" },
  rounding: { unit: "0.01", mode: "half-up" },
  inputs: [],
  params: [],
  articles: [],
  tests: [],
  span,
};

test("a minimal policy validates and an unknown IR version is rejected", () => {
  expect(Policy.safeParse(minimal).success).toBe(true);
  const r = Policy.safeParse({ ...minimal, irVersion: "0.9" });
  expect(r.success).toBe(false);
});

test("an IR stored as 1.2 (before money inputs had a currency) still validates; 1.1 does not", () => {
  expect(Policy.safeParse({ ...minimal, irVersion: "1.2" }).success).toBe(true);
  expect(Policy.safeParse({ ...minimal, irVersion: "1.1" }).success).toBe(false);
});

test("an expression with an unknown operator is rejected with its path", () => {
  const bad = {
    ...minimal,
    articles: [
      {
        number: 1,
        id: "art1",
        title: "a",
        units: [],
        span,
        clauses: [
          {
            id: "c",
            conditions: [
              {
                k: "cmp",
                op: "=>",
                left: { k: "lit", type: "money", value: "1", src: "1", span },
                right: { k: "lit", type: "money", value: "1", src: "1", span },
                type: "boolean",
                src: "1 => 1",
                span,
              },
            ],
            basis: "exact",
            caps: [],
            uplifts: [],
            span,
          },
        ],
      },
    ],
  };
  const r = Policy.safeParse(bad);
  expect(r.success).toBe(false);
  expect(JSON.stringify(r.error?.issues[0]?.path)).toContain("conditions");
});
