import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSafeNumber, parse } from "lossless-json";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@subsidia/compiler";
import { compileAmounts } from "@subsidia/runtime";
import { lineEvaluator, parseLine as parseWithin } from "../src/batch/evaluate-lines.js";
import { DEFAULT_LIMITS } from "../src/facts-input.js";
import { flagship, repo } from "./run-cli.js";
import { createProgress } from "../src/batch/progress.js";

const parseLine = (text: string) => parseWithin(text, DEFAULT_LIMITS);

/** How `subsidia eval` reads facts: the reference the fast path must match. */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse(text, null, (s: string) => (isSafeNumber(s) ? Number(s) : s)) };
  } catch {
    return { ok: false };
  }
}

/** Number tokens a double holds exactly, and ones it does not (17 digits, exponents, 0.1 with a tail). */
const numberText = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.tuple(fc.nat({ max: 999999999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
  fc.constantFrom(
    "12345678901234567",
    "0.10000000000000001",
    "1e5",
    "1.5E-7",
    "9007199254740993",
    "123456789012345.6",
    "-0",
    "100000000000000000000.01",
  ),
);
const key = fc.constantFrom("a", "b", "applicationDate", 'q"uote', "a:b", "x\\y");
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    numberText,
    fc.string().map((s) => JSON.stringify(s)),
    fc.constantFrom("true", "null", '"2026-06-30"'),
    tie("object"),
    fc.array(tie("value"), { maxLength: 3 }).map((xs) => `[${xs.join(",")}]`),
  ),
  object: fc
    .array(fc.tuple(key, fc.constantFrom(":", " : ", ": ", "\t:"), tie("value")), { maxLength: 4 })
    .map((kv) => `{${kv.map(([k, sep, v]) => `${JSON.stringify(k)}${sep}${v}`).join(",")}}`),
})).object;
const line = fc.oneof({ arbitrary: jsonText, weight: 9 }, { arbitrary: numberText.map((n) => ` ${n}`), weight: 1 });

describe("a JSONL line is read exactly as `subsidia eval` reads a facts file", () => {
  it("the same value, lossless numbers and all, or an error when the reference fails (duplicate keys too)", () => {
    fc.assert(
      fc.property(line, fc.boolean(), (text, truncate) => {
        const line = truncate ? text.slice(0, Math.max(1, text.length - 2)) : text;
        const want = reference(line);
        const got = parseLine(line);
        expect(got.ok).toBe(want.ok);
        if (got.ok && want.ok) expect(got.value).toEqual(want.value);
      }),
      { numRuns: 3000 },
    );
  });

  it("says where a line is broken and what was expected", () => {
    expect(parseLine('{"a": 1,')).toEqual({
      ok: false,
      message:
        "malformed JSON: quoted object key expected but reached end of input at column 9; expected one JSON object of facts",
    });
    expect(parseLine("   ")).toEqual({ ok: false, message: "empty line: expected one JSON object of facts" });
    expect(parseLine('{"amount": 0.10000000000000001}')).toEqual({
      ok: true,
      value: { amount: "0.10000000000000001" },
    });
  });
});

/** A terminal as cli-progress sees one: it only draws on a TTY. */
function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let out = "";
  const w = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  Object.assign(w, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: w as unknown as NodeJS.WriteStream, text: () => out };
}

describe("the progress bar", () => {
  it("shows the share done, the applicants, the rate and the ETA on a terminal", () => {
    const t = terminal(true);
    const p = createProgress(t.stream, 1000);
    p.update(500, 12345);
    p.stop();
    expect(t.text()).toMatch(/50% \| 12,345 applicants \| [\d,]+\/s \| ETA /);
  });
  it("shows the count and the rate when the size of the input is unknown", () => {
    const t = terminal(true);
    const p = createProgress(t.stream, null);
    p.update(500, 42);
    p.stop();
    expect(t.text()).toMatch(/42 applicants \| [\d,]+\/s/);
    expect(t.text()).not.toContain("ETA");
  });
  it("writes nothing when piped", () => {
    const t = terminal(false);
    const p = createProgress(t.stream, 1000);
    p.update(500, 10);
    p.stop();
    expect(t.text()).toBe("");
  });
});

describe("the records a worker writes", () => {
  const { ir } = compile(readFileSync(join(repo, flagship), "utf8"), flagship);
  const examples = join(repo, "../shared/contract/examples");
  const facts = [
    ...readdirSync(examples)
      .filter((f) => f.endsWith(".facts.json"))
      .map((f) => JSON.parse(readFileSync(join(examples, f), "utf8")) as unknown),
    { applicationDate: "2030-01-01", newFoodApprovals: [{ id: "late", category: "new-food-ingredient" }] },
  ];
  it("are the JSON of the line number and the result's amounts, in this key order, with totals in cents", () => {
    const bytes = new TextEncoder().encode(facts.map((f) => `${JSON.stringify(f)}\n`).join(""));
    const out = lineEvaluator(ir!, false, DEFAULT_LIMITS)({ seq: 7, first: 41, bytes });
    const want = facts.map((f, i) => {
      const r = compileAmounts(ir!).run(f);
      if (!r.ok) throw new Error("the example does not evaluate");
      const { inForce, applicationDate, total, upToTotal, awards, pending } = r.result;
      return JSON.stringify({ line: 41 + i, inForce, applicationDate, total, upToTotal, awards, pending });
    });
    expect(new TextDecoder().decode(out.bytes)).toBe(`${want.join("\n")}\n`);
    expect(out).toMatchObject({ seq: 7, count: facts.length, errors: 0 });
    expect(out.totalCents).toBe(
      want.reduce((s, w) => s + BigInt((JSON.parse(w) as { total: string }).total.replace(".", "")), 0n),
    );
  });
});
