// Checks that every `text "…"` of the real policies under policies/ is the source's own words: each quoted
// string (a `……` marks an omission inside one) occurs in the policy's source text under policies/sources/,
// ignoring punctuation and spaces (the pages turn full-width `，` into `,`). Every policy outside the flagship
// (heilongjiang, cited from ../shared) and the examples names its source in a `// Source: policies/sources/….md`
// comment. Run by `npm run test:policies`; exits 1 and lists each quotation not found.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = "policies";
const EXEMPT = new Set(["sources", "examples", "heilongjiang"]);

/** Letters and digits only: punctuation, symbols and spaces are how a page renders, not the words. */
const words = (s) => s.replace(/\\"/g, '"').replace(/[\s\p{P}\p{S}]/gu, "");

const lineOf = (src, index) => src.slice(0, index).split("\n").length;

function policyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return EXEMPT.has(e.name) ? [] : policyFiles(join(dir, e.name));
    return e.name.endsWith(".subsidia") ? [join(dir, e.name)] : [];
  });
}

function check(file) {
  const src = readFileSync(file, "utf8");
  const named = /\/\/ Source: (policies\/sources\/[^\s]+\.md)/.exec(src);
  if (!named) return [`${file}:1: no \`// Source: policies/sources/….md\` comment names the source`];
  const source = words(readFileSync(named[1], "utf8"));
  const problems = [];
  for (const m of src.matchAll(/^\s*text((?:\s*"(?:[^"\\]|\\.)*")+)/gm)) {
    for (const s of m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g))
      for (const part of s[1].split("……"))
        if (!source.includes(words(part)))
          problems.push(`${file}:${lineOf(src, m.index)}: not in ${named[1]}: \`${part}\``);
  }
  return problems;
}

const problems = policyFiles(ROOT).flatMap(check);
for (const p of problems) console.error(p);
if (problems.length > 0) process.exit(1);
console.log(`cited texts: every quotation found in its source (${policyFiles(ROOT).length} policies)`);
