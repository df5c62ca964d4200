import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parse, type Expr, type PolicyFile } from "../src/index.js";

/** The complete policy at the top of docs/language.md. */
export function examplePolicy(): string {
  const doc = readFileSync(new URL("../../../docs/language.md", import.meta.url), "utf8");
  const block = /```subsidia\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error("no subsidia block in docs/language.md");
  return block;
}

/** Parses and asserts that there is no diagnostic. */
export function parseOk(text: string): PolicyFile {
  const { ast, diagnostics } = parse(text, "test.subsidia");
  expect(diagnostics).toEqual([]);
  return ast;
}

/** The expression of `param x: money = EXPR`. */
export function parseExpr(source: string): Expr {
  const item = parseOk(`param x: money = ${source}`).items[0];
  if (item?.kind !== "Param" || item.values[0] === undefined) throw new Error("not a param with a value");
  return item.values[0].value;
}

/** A compact, Lisp-like print of an expression, so that a test reads like the expression it checks. */
export function show(e: Expr): string {
  switch (e.kind) {
    case "Money":
    case "Percent":
    case "Number":
      return e.text;
    case "Date":
      return e.value;
    case "String":
      return JSON.stringify(e.value);
    case "Boolean":
      return String(e.value);
    case "Path":
      return e.parts.map((p) => p.name).join(".");
    case "Binary":
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case "Unary":
      return `(${e.op} ${show(e.expr)})`;
    case "In":
      return `(in ${show(e.expr)} ${e.values.map(show).join(" ")})`;
    case "Given":
      return `(${e.negate ? "not-given" : "given"} ${show(e.expr)})`;
    case "Call":
      return `(${e.fn.name} ${e.args.map(show).join(" ")})`;
    case "Paren":
      return `[${show(e.expr)}]`;
    case "If":
      return `(if ${show(e.cond)} ${show(e.then)} ${show(e.else)})`;
    case "Lookup": {
      const cases = e.cases.map((c) => `(${c.matches.map(show).join(" ")} ${show(c.amount)})`);
      return `(by ${show(e.key)} ${cases.join(" ")}${e.otherwise ? ` (otherwise ${show(e.otherwise)})` : ""})`;
    }
    case "Steps":
      return `(per ${show(e.amount)} ${show(e.step)} ${show(e.of)}${e.since ? ` (since ${show(e.since)})` : ""})`;
    case "Duration":
      return `(${e.unit} ${show(e.count)})`;
    case "Between":
      return `(${e.unit}-between ${show(e.from)} ${show(e.to)})`;
    case "AwardOf":
      return `(award-of ${e.clause.name})`;
    case "Convert":
      return `(at ${show(e.amount)} ${show(e.rate)})`;
  }
}

export interface Marked {
  text: string;
  marks: { offset: number; length: number; line: number; column: number }[];
}

/**
 * Strips `⟦…⟧` markers from a source and returns where they were: the expected
 * position (and length) of each diagnostic, written in the source itself.
 */
export function marked(source: string): Marked {
  const marks: Marked["marks"] = [];
  let text = "";
  let open: number | undefined;
  for (const c of source) {
    if (c === "⟦") open = text.length;
    else if (c === "⟧" && open !== undefined) {
      const before = text.slice(0, open).split("\n");
      marks.push({
        offset: open,
        length: text.length - open,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
      });
      open = undefined;
    } else text += c;
  }
  return { text, marks };
}

/** Every span of an AST (depth-first), for checks that they lie inside the text. */
export function allSpans(
  node: unknown,
  out: { offset: number; length: number }[] = [],
): { offset: number; length: number }[] {
  if (Array.isArray(node)) node.forEach((n) => allSpans(n, out));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "span") out.push(value as { offset: number; length: number });
      else allSpans(value, out);
    }
  }
  return out;
}
