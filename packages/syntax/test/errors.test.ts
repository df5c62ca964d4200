import { describe, expect, it } from "vitest";
import { DIAGNOSTICS, parse, type Diagnostic } from "../src/index.js";
import { marked } from "./helpers.js";

/** Parses a source with `⟦…⟧` markers and checks one diagnostic per marker, at it, with the given codes. */
function expectErrorsAt(source: string, codes: string[]): Diagnostic[] {
  const { text, marks } = marked(source);
  const { diagnostics } = parse(text, "bad.subsidia");
  expect(diagnostics.map((d) => [d.code, d.span.line, d.span.column, d.span.offset, d.span.length])).toEqual(
    marks.map((m, i) => [codes[i], m.line, m.column, m.offset, m.length]),
  );
  return diagnostics;
}

describe("syntax errors", () => {
  it("reports every independent error of a file, once each, where it is", () => {
    const ds = expectErrorsAt(
      `policy "p" { title "t" }
input a ⟦money⟧
article 1 "一" {
  clause c {
    award 30% of
  ⟦}⟧
}
article 2 "二" {
  ⟦clasue⟧ d { award 1万元 }
  clause e { when p.x >= award ⟦5万元⟧ }
}
article 3 "三" {
  clause f { award 1万元 cap 1万 ⟦￥⟧ }
  clause g { award (1万 + 2万 ⟦cap⟧ 3万 }
}
test "t" {
  facts { a: 1, b: ⟦}⟧
  expect ⟦totl⟧ = 1万元
}
input z: money`,
      ["P002", "P004", "P002", "P002", "L001", "P002", "P004", "P004"],
    );
    expect(ds.map((d) => d.message)).toEqual([
      "unexpected `money`; expected `:`",
      "unexpected `}`; expected an expression",
      "unexpected `clasue`; expected `text`, `units`, `cap`, `clause`, `exclusive`, `budget`, `rule` or `}`; did you mean `clause`?",
      "unexpected `5万元`; expected `of`",
      "unexpected character `￥`",
      "unexpected `cap`; expected `)`",
      "unexpected `}`; expected a literal, `{` or `[`",
      "unexpected `totl`; expected `up`, `total`, `article`, `award`, `no`, `pending`, `not`, `in` or `invalid`; did you mean `total`?",
    ]);
    expect(ds[1]?.expected).toEqual(["an expression"]);
  });

  it("keeps what it could read around the errors", () => {
    const { text } = marked(`article 1 "一" { clasue d { award 1万元 } clause e { award 2万 } }\ninput z: money`);
    const { ast } = parse(text, "bad.subsidia");
    expect(ast.items.map((i) => i.kind)).toEqual(["Article", "Input"]);
    expect(
      ast.items[0]?.kind === "Article" && ast.items[0].entries.map((e) => e.kind === "Clause" && e.name.name),
    ).toEqual(["e"]);
  });

  it("resumes at a declaration that starts a line, even after an unclosed brace", () => {
    expectErrorsAt(`⟦junk⟧ {\narticle 1 "a" { clause c { award 1万 } }\narticle 2 "b" { clause d { award ⟦}⟧ }`, [
      "P001",
      "P004",
    ]);
  });

  it("reports a missing closing brace at the end of the file", () => {
    const [d] = expectErrorsAt(`article 4 "x" { clause c { award 5万 } ⟦⟧`, ["P003"]);
    expect(d?.message).toBe(
      "unexpected end of file; expected `text`, `units`, `cap`, `clause`, `exclusive`, `budget`, `rule` or `}`",
    );
  });

  it("reports stray text between declarations", () => {
    const [d] = expectErrorsAt(`input a: money\n⟦garbage⟧ here\ninput b: money`, ["P001"]);
    expect(d?.message).toBe("unexpected `garbage`; expected `input`, `param`, `article` or `test`");
  });

  it("names the types when a type is unknown", () => {
    const [d] = expectErrorsAt(`input x: ⟦decimal⟧`, ["P004"]);
    expect(d?.expected).toEqual([
      "`awards`",
      "`history`",
      "`money`",
      "`percent`",
      "`number`",
      "`integer`",
      "`boolean`",
      "`date`",
      "`string`",
      "`enum`",
      "`record`",
      "`list`",
    ]);
  });
});

describe("pathological nesting", () => {
  it("is refused with P005 where it goes too deep, instead of overflowing the stack", () => {
    const [d] = expectErrorsAt(`param x: money = ${"(".repeat(64)}⟦(⟧${"(".repeat(1000)}1${")".repeat(1065)}`, [
      "P005",
    ]);
    expect(d?.message).toBe("unexpected `(`: more than 64 nested brackets; expected at most 64");
    expectErrorsAt(`param x: money = ${"- ".repeat(64)}⟦-⟧ ${"- ".repeat(5000)}1`, ["P005"]);
    expect(parse(`param x: money = ${"(".repeat(64)}1${")".repeat(64)}`, "ok").diagnostics).toEqual([]);
  });
});

describe("lexical errors", () => {
  it("an unterminated string is L002 and the next lines still parse", () => {
    const { text, marks } = marked(`input a: money ⟦"总投资额⟧\ninput b: money "ok"`);
    const { ast, diagnostics } = parse(text, "bad.subsidia");
    expect(diagnostics).toMatchObject([{ code: "L002", span: { offset: marks[0]?.offset, length: marks[0]?.length } }]);
    expect(diagnostics[0]?.message).toBe(
      'unterminated string `"总投资额`; expected a closing `"` before the end of the line',
    );
    expect(ast.items.map((i) => i.kind === "Input" && [i.field.name.name, i.field.doc?.value])).toEqual([
      ["a", "总投资额"],
      ["b", "ok"],
    ]);
  });

  it("an unknown character is L001, with the character in backticks", () => {
    const [d] = expectErrorsAt(`param maxAward: money = ⟦￥⟧5万`, ["L001"]);
    expect(d?.message).toBe("unexpected character `￥`");
  });

  it("suggests the ASCII punctuation for a full-width one", () => {
    const [d] = expectErrorsAt(`input a⟦：⟧ money`, ["L001"]);
    expect(d).toMatchObject({ message: "unexpected character `：`; did you mean `:`", suggestion: ":" });
  });

  it("asks for a string around Chinese text written bare", () => {
    const [d] = expectErrorsAt(`article 1 "a" { text ⟦中文⟧ "b" }`, ["L001"]);
    expect(d?.message).toBe('unexpected characters `中文`; expected text to be inside a string literal `"…"`');
  });

  it("reports malformed literals, an unknown escape and an unterminated comment", () => {
    expectErrorsAt(
      `policy "p" { issued ⟦2026-2-13⟧ }\nparam x: number = ⟦12abc⟧\ninput s: string "a⟦\\t⟧b"\n⟦/*⟧ never closed`,
      ["L003", "L003", "L003", "L004"],
    );
  });
});

describe("diagnostic messages", () => {
  it("are lowercase, without a final period, quote user input, and use registered codes", () => {
    const { diagnostics } = parse(
      `input a money\narticle { clause c { award 1万 + } }\ntest "t" { facts { } expect no }\n"x" ￥ 12abc`,
      "m",
    );
    expect(diagnostics.length).toBeGreaterThan(3);
    for (const d of diagnostics) {
      expect(d.code in DIAGNOSTICS).toBe(true);
      expect(d.severity).toBe("error");
      expect(d.message).toMatch(/^[a-z]/);
      expect(d.message).not.toMatch(/\.$/);
      expect(d.message).toMatch(/`/);
    }
  });
});
