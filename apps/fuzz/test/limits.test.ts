import { compile } from "@subsidia/compiler";
import { MAX_EXPRESSION_DEPTH, MAX_NESTING } from "@subsidia/syntax";
import { describe, expect, it } from "vitest";
import { checkPolicyText } from "../src/check-text.js";

/**
 * A policy at the limits of docs/reliability.md goes through every stage: it compiles, it
 * formats to a fixed point with the same IR, and the interpreter and the compiled evaluator
 * agree on it (the fuzz oracle of a policy text). The limits are what keeps those stages'
 * recursion safe, so the deepest policy they allow must pass.
 */
const policy = (clause: string) => `policy "limits" {
  title "t"
}

input x: money
input flags: list "标志" {
  id: string
  a: boolean
}

article 1 "a" {
  text "t"
${clause}
}
`;

const chain = (operand: string, op: string) => Array.from({ length: MAX_EXPRESSION_DEPTH }, () => operand).join(op);
const brackets = MAX_NESTING - 2; // the braces of the article and of the clause count too
const atTheLimit = {
  "an award as deep as allowed": `  clause c {\n    award ${chain("x", " + ")}\n  }`,
  "conditions as deep as allowed": [
    "  clause c for each f in flags {",
    `    when ${chain("f.a", " and ")}`,
    "    award x",
    "  }",
  ].join("\n"),
  "brackets as deep as allowed": `  clause c {\n    award ${"(".repeat(brackets)}x * 2${")".repeat(brackets)}\n  }`,
};

describe("a policy at the limits", () => {
  it.each(Object.entries(atTheLimit))("%s compiles, formats and evaluates", (_, clause) => {
    const text = policy(clause);
    expect(compile(text, "limits.subsidia").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    checkPolicyText(text, "limits.subsidia");
  });
});
