import { describe, expect, it } from "vitest";
import { MAX_DIAGNOSTICS, MAX_TEXT_LENGTH, parse } from "../src/index.js";

/** `n` pseudo-random bytes (mulberry32, fixed seed), read as UTF-8 the way a file is read. */
function randomText(n: number, seed = 12): string {
  const bytes = new Uint8Array(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return new TextDecoder().decode(bytes);
}

describe("garbage in", () => {
  it("a megabyte of random bytes is answered with a capped list that ends by saying how many more", () => {
    const text = randomText(1 << 20);
    const { diagnostics } = parse(text, "noise.subsidia");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    const last = diagnostics.at(-1);
    expect(last?.code).toBe("P006");
    expect(last?.message).toMatch(/^too many errors: \d+ more not shown; expected at most 100 errors in a file$/);
    expect(Number(/(\d+) more/.exec(last?.message ?? "")?.[1])).toBeGreaterThan(1000);
    // the shown ones are the first of the file, in order, and the count points after them
    const offsets = diagnostics.map((d) => d.span.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("a file with fewer errors than the cap lists them all and no count", () => {
    const text = Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => `input a${i}: money ￥`).join("\n");
    const { diagnostics } = parse(text, "many.subsidia");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(diagnostics.every((d) => d.code === "L001")).toBe(true);
  });

  it("one more error than the cap gives the cap and a count of one", () => {
    const text = Array.from({ length: MAX_DIAGNOSTICS + 1 }, (_, i) => `input a${i}: money ￥`).join("\n");
    const { diagnostics } = parse(text, "many.subsidia");
    expect(diagnostics.map((d) => d.code)).toEqual([...Array(MAX_DIAGNOSTICS).fill("L001"), "P006"]);
    expect(diagnostics.at(-1)).toMatchObject({
      message: "too many errors: 1 more not shown; expected at most 100 errors in a file",
      span: { line: MAX_DIAGNOSTICS + 1, column: 19 },
    });
  });
});

describe("limits", () => {
  it("a text over the size limit is refused at once, where it goes over", () => {
    const line = `${"x".repeat(1023)}\n`;
    const text = line.repeat(MAX_TEXT_LENGTH / 1024 + 1);
    const { ast, diagnostics } = parse(text, "big.subsidia");
    expect(diagnostics).toMatchObject([
      {
        code: "L005",
        severity: "error",
        message: `the file is too large: ${text.length} characters; expected at most 1048576`,
        span: { file: "big.subsidia", line: 1025, column: 1, offset: MAX_TEXT_LENGTH, length: 0 },
      },
    ]);
    expect(ast.items).toEqual([]);
    expect(parse(text.slice(0, MAX_TEXT_LENGTH), "big.subsidia").diagnostics[0]?.code).not.toBe("L005");
  });

  it("the parser stops recovering once the cap is reached, and says that more may follow", () => {
    const broken = 'article 1 "a" {\n  clause c {\n    award 1元 +\n  }\n}\n';
    const { diagnostics } = parse(broken.repeat(1000), "broken.subsidia");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.slice(0, -1).every((d) => d.code === "P004" && d.span.column === 3)).toBe(true);
    expect(diagnostics.at(-1)?.message).toMatch(/^too many errors: at least \d+ more not shown; /);
  });

  it("a long run of unexpected characters is one error, quoted short", () => {
    const { diagnostics } = parse(`input a: money ${"￥".repeat(5000)} "doc"`, "run.subsidia");
    expect(diagnostics).toMatchObject([
      { code: "L001", message: `unexpected characters \`${"￥".repeat(23)}…\``, span: { column: 16, length: 5000 } },
    ]);
  });
});
