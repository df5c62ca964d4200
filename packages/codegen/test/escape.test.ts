import fc from "fast-check";
import { describe, expect, test } from "vitest";
import ts from "typescript";
import { jsdoc, lineComments, str, templateText } from "../src/escape.js";
import { camelName, kebabName, pascalName } from "../src/identifiers.js";
import { literal, type Json } from "../src/literal.js";

/** Any string, lone surrogates included, with the characters that matter here made frequent. */
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        "*/",
        "/*",
        "`",
        "${",
        "}",
        '"',
        "'",
        "\\",
        "\n",
        "\r",
        "\u2028",
        "\u2029",
        "@",
        "{@",
        "\ud800",
        "a",
        " ",
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join("")),
);

const run = (code: string): unknown => new Function(`"use strict"; ${code}`)();

describe("strings and templates", () => {
  test("a string literal evaluates back to the text", () => {
    fc.assert(fc.property(text, (s) => run(`return ${str(s)};`) === s));
  });

  test("template literal text evaluates back to the text, whatever `${` or backticks it holds", () => {
    fc.assert(fc.property(text, (s) => run(`return \`${templateText(s)}\`;`) === s));
  });
});

/** The tokens of `code` outside comments: a comment that closed early would leave extra ones. */
function tokensOutsideComments(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, code);
  const out: string[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out.push(scanner.getTokenText());
  return out;
}

describe("comments", () => {
  test("a JSDoc block stays one comment, and no line starts a tag", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), (paragraphs) => {
        const doc = jsdoc(paragraphs, "  ");
        expect(tokensOutsideComments(`${doc}const x = 1;`)).toEqual(["const", "x", "=", "1", ";"]);
        expect(doc).not.toMatch(/^\s*\*\s*@|\{@/m);
      }),
    );
  });

  test("line comments keep to their lines", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokensOutsideComments(`${lineComments(s)}x;`)).toEqual(["x", ";"]);
      }),
    );
  });

  test("JSDoc keeps the text readable: `*/` only gets a zero-width space", () => {
    expect(jsdoc(["a */ b", "second"])).toBe("/**\n * a *\u200b/ b\n *\n * second\n */\n");
    expect(jsdoc(["@deprecated but contact a@b.c"])).toBe("/** \uff20deprecated but contact a@b.c */\n");
  });
});

function plainPrototypes(v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(v).every(plainPrototypes);
}

describe("literals", () => {
  const withProto = fc.dictionary(
    fc.constantFrom("__proto__", "constructor", "a b", "0", "class", "x"),
    fc.jsonValue(),
    { maxKeys: 4 },
  );
  const value = fc.oneof(fc.jsonValue(), withProto, fc.array(withProto, { maxLength: 3 }));

  test("an emitted literal evaluates to a deep copy, `__proto__` keys included", () => {
    fc.assert(
      fc.property(value, (v) => {
        const copy = run(`return ${literal(v as Json, "    ")};`);
        // JSON text compares own keys in order, `__proto__` included; prototypes must stay plain
        expect(JSON.stringify(copy)).toBe(JSON.stringify(v));
        expect(plainPrototypes(copy)).toBe(true);
      }),
    );
  });

  test("a `__proto__` key becomes a property, not the prototype", () => {
    const copy = run(`return ${literal(JSON.parse('{"__proto__": {"polluted": true}}') as Json)};`) as object;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__"]);
  });
});

describe("names", () => {
  test("every name is a binding strict mode accepts, and a folder name is plain ASCII", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const name of [camelName(s), pascalName(s)]) expect(run(`const ${name} = 7; return ${name};`)).toBe(7);
        expect(kebabName(s)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  test("names read like the policy's", () => {
    expect(camelName("heilongjiang/biomanufacturing-2026")).toBe("heilongjiangBiomanufacturing2026");
    expect(kebabName("heilongjiang/biomanufacturing-2026")).toBe("heilongjiang-biomanufacturing-2026");
    expect(pascalName("pilotPlatforms")).toBe("PilotPlatforms");
    expect(camelName("default")).toBe("default_");
    expect(camelName("2026 policy")).toBe("_2026Policy");
    expect(camelName("黑龙江")).toBe("u9ed1U9f99U6c5f");
  });
});
