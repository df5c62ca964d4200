import { describe, expect, it } from "vitest";
import { format, parse } from "../src/index.js";
import { parseOk } from "./helpers.js";

describe("the heads of a library's files (docs/library.md)", () => {
  it("reads an implementing rule: its id, the policy it implements and the usual header entries", () => {
    const ast = parseOk(`rule "r-1" implements "p-1" {
      title "细则"
      valid from 2026-04-01 to 2028-12-31
    }
    param rate: percent = 5% "第二条"`);
    expect(ast.header).toMatchObject({
      id: { value: "r-1" },
      library: { role: "rule", target: { value: "p-1" } },
      entries: [{ kind: "Title" }, { kind: "Validity" }],
    });
    expect(ast.items).toMatchObject([{ kind: "Param", name: { name: "rate" } }]);
  });

  it("reads an amendment and a vocabulary; a policy has no library head", () => {
    expect(parseOk(`amendment "a" amends "p" { title "t" }`).header?.library).toMatchObject({
      role: "amendment",
      target: { value: "p" },
    });
    expect(parseOk(`vocabulary "enterprise" { title "t" }`).header?.library).toMatchObject({ role: "vocabulary" });
    expect(parseOk(`policy "p" { title "t" }`).header?.library).toBeUndefined();
  });

  it("reads an amendment's `new article`: the article, its span from `new`, and the span of `new`", () => {
    const text = `amendment "a" amends "p" { title "t" }\nnew article 7 "新增" {\n  clause c "x" {\n    award 1万元\n  }\n}\n`;
    const ast = parseOk(text);
    expect(ast.items).toMatchObject([
      {
        kind: "Article",
        number: { value: "7" },
        added: { line: 2, column: 1, length: 3 },
        span: { line: 2, column: 1 },
      },
    ]);
    expect(parseOk(`policy "p" { title "t" }\narticle 1 "x" {}`).items[0]).not.toHaveProperty("added");
  });

  it("formats `new article` as written, and keeps it on a second formatting", () => {
    const text = `amendment "a" amends "p" { title "t" }\nparam r: percent = 3% "x"\nnew   article 7 "新增" { clause c "x" { award 1万元 } }\n`;
    const once = format(text, "a.subsidia");
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain('\nnew article 7 "新增" {\n  clause c "x" {\n    award 1万元\n  }\n}\n');
    expect(format(once.text ?? "", "a.subsidia").text).toBe(once.text);
  });

  it("reads an amendment's `remove`, `new input` and `new param`, each with what it names", () => {
    const text = [
      `amendment "a" amends "p" { title "t" }`,
      `remove article 9 "第九条废止"`,
      `remove clause grant of article 4`,
      `new input exports: money "年出口额"`,
      `new param rate: percent = 5% "按5%"`,
    ].join("\n");
    expect(parseOk(text).items).toMatchObject([
      { kind: "Remove", article: { value: "9" }, text: { value: "第九条废止" }, span: { line: 2, column: 1 } },
      { kind: "Remove", article: { value: "4" }, clause: { name: "grant" }, span: { line: 3, column: 1 } },
      { kind: "Input", added: { line: 4, column: 1, length: 3 }, field: { name: { name: "exports" } } },
      { kind: "Param", added: { line: 5, column: 1, length: 3 }, name: { name: "rate" } },
    ]);
    expect(parseOk(text).items[0]).not.toHaveProperty("clause.name");
  });

  it("reports `remove` without the article it takes out, with what was expected", () => {
    const { diagnostics } = parse(`amendment "a" amends "p" { title "t" }\nremove clause grant "x"`, "a.subsidia");
    expect(diagnostics[0]).toMatchObject({ code: "P002", span: { line: 2, column: 21 } });
    expect(diagnostics[0]?.message).toContain("`of`");
  });

  it("formats `remove`, `new input` and `new param` as written, idempotently", () => {
    const text = `amendment "a" amends "p" { title "t" }\nremove   clause g of   article 4 "x"\nnew  input e: money\nnew param r: percent = 5%\n`;
    const once = format(text, "a.subsidia");
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain('\nremove clause g of article 4 "x"\nnew input e: money\nnew param r: percent = 5%\n');
    expect(format(once.text ?? "", "a.subsidia").text).toBe(once.text);
  });

  it("reads a dated value's own cited text; one string after the last value stays the parameter's", () => {
    const param = (text: string) => {
      const item = parseOk(`policy "p" { title "t" }\n${text}`).items[0];
      if (item?.kind !== "Param") throw new Error("not a parameter");
      return [item.values.map((v) => v.text?.value ?? null), item.doc?.value ?? null];
    };
    expect(param('param r: percent = 3% "a", 2% from 2027-01-01 "b" "doc"')).toEqual([["a", "b"], "doc"]);
    expect(param('param r: percent = 3% "a", 2% from 2027-01-01 "doc"')).toEqual([["a", null], "doc"]);
    expect(param('param r: percent = 3%, 2% from 2027-01-01 "doc"')).toEqual([[null, null], "doc"]);
    expect(param('param r: percent = 3% "doc"')).toEqual([[null], "doc"]);
  });

  it("formats dated values with their own cited text, idempotently", () => {
    const text = `policy "p" { title "t" }\nparam r: percent = 3%   "a",2% from 2027-01-01 "b"   "doc"\n`;
    const once = format(text, "p.subsidia");
    expect(once.text).toContain('\nparam r: percent = 3% "a", 2% from 2027-01-01 "b" "doc"\n');
    expect(format(once.text ?? "", "p.subsidia").text).toBe(once.text);
  });

  it("reads `uses` as a top-level item", () => {
    const ast = parseOk(`policy "p" { title "t" }\nuses "enterprise"\ninput a: money`);
    expect(ast.items).toMatchObject([{ kind: "Uses", vocabulary: { value: "enterprise" } }, { kind: "Input" }]);
  });

  it("reports a rule head without the policy it implements, with what was expected", () => {
    const { diagnostics } = parse(`rule "r" { title "t" }`, "r.subsidia");
    expect(diagnostics[0]).toMatchObject({ code: "P002", span: { line: 1, column: 10 } });
    expect(diagnostics[0]?.message).toContain("`implements`");
  });

  it("places a missing id just after a head's keyword, inside the text (found by the parse property)", () => {
    for (const text of ["rule", "amendment", "vocabulary", "policy"]) {
      const id = parse(text, "f.subsidia").ast.header?.id;
      expect(id?.span).toMatchObject({ offset: text.length, length: 0 });
    }
  });

  it("formats the heads and `uses` in the canonical style, idempotently", () => {
    const text = `rule   "r"   implements "p" {\ntitle "t"\n}\nparam rate: percent = 5%\n`;
    const once = format(text).text;
    expect(once).toBe(`rule "r" implements "p" {\n  title "t"\n}\n\nparam rate: percent = 5%\n`);
    expect(format(once ?? "").text).toBe(once);
    const uses = format(`policy "p" {\n  title "t"\n}\nuses    "enterprise"\n`).text;
    expect(uses).toBe(`policy "p" {\n  title "t"\n}\n\nuses "enterprise"\n`);
  });
});
