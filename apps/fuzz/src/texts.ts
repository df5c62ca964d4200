import fc from "fast-check";
import { compile } from "@subsidia/compiler";
import { keywords, lex } from "@subsidia/syntax";
import { seedTexts } from "./seeds.js";

/**
 * Policy texts to fuzz with: bytes and characters of any kind, pieces of the language in
 * any order, and mutants of the repository's real policies. A layout mutant keeps the
 * tokens and changes what lies between them (spaces, line breaks of every kind, comments)
 * and the values of literals (strings with odd characters among them): it nearly always
 * parses, so that it reaches the formatter, the compiler and the evaluators. Other
 * mutants delete, insert, replace, repeat or splice tokens.
 */

const seeds = seedTexts();
const tokenized = seeds.map(({ text }) => ({
  text,
  tokens: lex(text, "seed").tokens.map((t) => ({
    start: t.startOffset,
    end: t.startOffset + t.image.length,
    type: t.tokenType.name,
  })),
}));

const PIECES = [
  ...keywords,
  ..."{}()[],:.=+-*/%<>".split(""),
  ">=",
  "<=",
  "!=",
  "50万元",
  "1.5亿",
  "200元",
  "30%",
  "2026-02-13",
  "2026-2-1",
  "12abc",
  '"文本"',
  '"未闭合',
  '"\\q"',
  "/*",
  "*/",
  "//",
  "p.x",
  "x",
  "￥",
  "：",
  "，",
  "\u2028",
  "\ufeff",
  "\u0000",
];
const BETWEEN = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "\r\r",
  " // note\n",
  " /* note */ ",
  "/*\r\n*/",
  "\u3000",
  "\u00a0",
];
const STRING_CHARS = [
  "a",
  " ",
  "中",
  "\u2028",
  "\u2029",
  "\u0085",
  "\t",
  "\u00a0",
  "\u3000",
  "😀",
  '\\"',
  "\\\\",
  "\\n",
  "%",
  "{",
];

const piece = fc.constantFrom(...PIECES);
const between = fc.constantFrom(...BETWEEN);

export const bytesText = fc.uint8Array({ maxLength: 4096 }).map((b) => new TextDecoder().decode(b));
export const anyText = fc.string({ unit: "binary", maxLength: 800 });
export const piecesText = fc
  .array(fc.tuple(piece, between), { maxLength: 120 })
  .map((xs) => xs.map(([p, b]) => p + b).join(""));

const stringLiteral = fc.array(fc.constantFrom(...STRING_CHARS), { maxLength: 12 }).map((cs) => `"${cs.join("")}"`);
const literalFor: Record<string, fc.Arbitrary<string>> = {
  StringLiteral: stringLiteral,
  MoneyLiteral: fc
    .tuple(fc.nat(99999), fc.constantFrom("元", "万元", "万", "亿元", "亿", ".5万元"))
    .map(([n, u]) => `${n}${u}`),
  PercentLiteral: fc.tuple(fc.nat(200), fc.constantFrom("", ".5", ".25")).map(([n, f]) => `${n}${f}%`),
  NumberLiteral: fc.tuple(fc.nat(5000), fc.constantFrom("", ".5", ".01")).map(([n, f]) => `${n}${f}`),
  DateLiteral: fc
    .date({ min: new Date("2020-01-01"), max: new Date("2032-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
};

type Edit = { at: number; kind: string; text: string };

function applyEdits(seed: (typeof tokenized)[number], edits: Edit[]): string {
  let out = seed.text;
  const n = Math.max(1, seed.tokens.length);
  // one change of each token at most; insertions before it come after it, at its start
  const changed = new Set<number>();
  const kept = edits
    .map((e) => ({ ...e, at: e.at % n }))
    .filter((e) => e.kind === "between" || e.kind === "insert" || (!changed.has(e.at) && changed.add(e.at)));
  const inserts = (e: Edit) => e.kind === "between" || e.kind === "insert";
  // from the end, so that earlier offsets stay valid
  for (const { at, kind, text } of kept.sort((a, b) => b.at - a.at || Number(inserts(a)) - Number(inserts(b)))) {
    const t = seed.tokens[at];
    if (t === undefined) continue;
    if (kind === "between") out = out.slice(0, t.start) + text + out.slice(t.start);
    else if (kind === "replace" || kind === "literal") out = out.slice(0, t.start) + text + out.slice(t.end);
    else if (kind === "delete") out = out.slice(0, t.start) + out.slice(t.end);
    else if (kind === "insert") out = `${out.slice(0, t.start)}${text} ${out.slice(t.start)}`;
    else if (kind === "repeat") out = out.slice(0, t.end) + text + out.slice(t.start);
  }
  return out;
}

const seedIndex = fc.nat(tokenized.length - 1);

/** Spaces, line breaks and comments between tokens, and other values of literals of the same kind. */
const layoutMutantOf = (indices: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  indices.chain((i) => {
    const seed = tokenized[i]!;
    const literalAt = seed.tokens.flatMap((t, at) => (literalFor[t.type] ? [{ at, type: t.type }] : []));
    const edit = fc.oneof(
      fc.tuple(fc.nat(seed.tokens.length), between).map(([at, text]): Edit => ({ at, kind: "between", text })),
      literalAt.length === 0
        ? fc.constant<Edit>({ at: 0, kind: "between", text: " " })
        : fc
            .constantFrom(...literalAt)
            .chain(({ at, type }) => literalFor[type]!.map((text): Edit => ({ at, kind: "literal", text }))),
    );
    const lineEnds = fc.constantFrom("\n", "\r\n", "\r");
    return fc
      .tuple(fc.array(edit, { minLength: 1, maxLength: 12 }), lineEnds)
      .map(([edits, eol]) => applyEdits(seed, edits).replace(/\r\n|\r|\n/g, eol));
  });

export const layoutMutant = layoutMutantOf(seedIndex);
/** Layout mutants of the policies that compile: the formatter's round trip starts from these. */
export const compilingLayoutMutant = layoutMutantOf(
  fc.constantFrom(...seeds.flatMap((s, i) => (compile(s.text, s.name).ir === undefined ? [] : [i]))),
);

/** Tokens deleted, inserted, replaced or repeated, or two policies spliced at token boundaries. */
export const tokenMutant: fc.Arbitrary<string> = fc.oneof(
  seedIndex.chain((i) => {
    const seed = tokenized[i]!;
    const edit = fc
      .tuple(fc.nat(seed.tokens.length), fc.constantFrom("delete", "insert", "replace", "repeat"), piece)
      .map(([at, kind, text]): Edit => ({ at, kind, text }));
    return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => applyEdits(seed, edits));
  }),
  fc
    .tuple(seedIndex, seedIndex, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b, x, y]) => {
      const [s, t] = [tokenized[a]!, tokenized[b]!];
      const cut = (seed: typeof s, f: number) =>
        seed.tokens[Math.floor(f * seed.tokens.length)]?.start ?? seed.text.length;
      return s.text.slice(0, cut(s, x)) + t.text.slice(cut(t, y));
    }),
);

/** Any policy text at all, weighted towards what reaches the later stages. */
export const policyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: bytesText },
  { weight: 1, arbitrary: anyText },
  { weight: 2, arbitrary: piecesText },
  { weight: 4, arbitrary: layoutMutant },
  { weight: 4, arbitrary: tokenMutant },
);
