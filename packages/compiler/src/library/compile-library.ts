import type { Amendment, ImplementingRule, IndexEntry, Level, LibraryIndex, Policy } from "@subsidia/ir";
import { type Diagnostic, diagnostic, hasErrors, parse, type PolicyFile } from "@subsidia/syntax";
import { compileAst, sortDiagnostics } from "../compile.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { checkVersions } from "./check-versions.js";
import { compileAmendment, type Source } from "./compile-amendment.js";
import { compileRule } from "./compile-rule.js";
import { compileVocabulary, useVocabularies, type Vocabulary } from "./vocabulary.js";

export interface LibraryFile {
  file: string;
  text: string;
}

/** A folder of policies read together (docs/library.md): every document compiled, linked and indexed. */
export interface CompiledLibrary {
  policies: Policy[];
  rules: ImplementingRule[];
  amendments: Amendment[];
  vocabularies: Vocabulary[];
  index: LibraryIndex;
  /** every file's diagnostics, each span naming its file; a file with errors is left out of the rest */
  diagnostics: Diagnostic[];
}

/**
 * Compiles the files of a library: vocabularies first, then policies (with the inputs of the
 * vocabularies they use), then the rules and amendments of each policy, then the checks of
 * their windows. `levels` gives each id its level of government (the library's `library.json`).
 */
export function compileLibrary(
  files: readonly LibraryFile[],
  levels: Readonly<Record<string, Level>> = {},
): CompiledLibrary {
  const diagnostics: Diagnostic[] = [];
  const parsed: (LibraryFile & { ast: PolicyFile })[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const { ast, diagnostics: ds } = parse(f.text, f.file);
    diagnostics.push(...ds);
    if (hasErrors(ds)) continue;
    const h = ast.header;
    if (h && ids.has(h.id.value)) {
      diagnostics.push(diagnostic("R012.id", h.id.span, { id: h.id.value, file: ids.get(h.id.value) ?? "" }));
      continue;
    }
    if (h) ids.set(h.id.value, f.file);
    parsed.push({ ...f, ast });
  }
  const role = (p: { ast: PolicyFile }) => p.ast.header?.library?.role ?? "policy";

  const vocabularies = new Map<string, Vocabulary>();
  for (const p of parsed.filter((x) => role(x) === "vocabulary")) {
    const out = compileVocabulary(p.ast, p.text, p.file);
    diagnostics.push(...out.diagnostics);
    if (out.vocabulary) vocabularies.set(out.vocabulary.id, out.vocabulary);
  }

  const policies = new Map<string, { ir: Policy; source: Source }>();
  for (const p of parsed.filter((x) => role(x) === "policy")) {
    const used = useVocabularies(p.ast, p.text, vocabularies);
    diagnostics.push(...used.diagnostics);
    const out = compileAst(used.ast, p.text, p.file, { texts: used.texts });
    diagnostics.push(...out.diagnostics);
    if (out.ir && !hasErrors(used.diagnostics)) policies.set(out.ir.id, { ir: out.ir, source: p });
  }

  const rules: ImplementingRule[] = [];
  const amendments: Amendment[] = [];
  for (const p of parsed.filter((x) => role(x) === "rule" || role(x) === "amendment")) {
    const head = p.ast.header?.library;
    const target = head?.target;
    const base = target && policies.get(target.value);
    if (target === undefined) continue;
    if (base === undefined && policies.size === 0) {
      diagnostics.push(diagnostic("R001.noPolicy", target.span, { id: target.value }));
      continue;
    }
    if (base === undefined) {
      const known = [...policies.keys()];
      const s = closest(target.value, known);
      const params = { id: target.value, expected: ticks(known), hint: didYouMean(s) };
      diagnostics.push(diagnostic("R001.target", target.span, params, { expected: known, suggestion: s }));
      continue;
    }
    if (role(p) === "rule") {
      const out = compileRule(p.ast, p.text, p.file, base.ir);
      diagnostics.push(...out.diagnostics);
      if (out.rule) rules.push(out.rule);
    } else {
      const out = compileAmendment(p, base.source, base.ir);
      diagnostics.push(...out.diagnostics);
      if (out.amendment) amendments.push(out.amendment);
    }
  }
  for (const { ir } of policies.values())
    diagnostics.push(
      ...checkVersions(
        ir,
        rules.filter((r) => r.implements === ir.id),
        amendments.filter((a) => a.amends === ir.id),
      ),
    );
  const policyList = [...policies.values()].map((p) => p.ir);
  const vocabularyList = [...vocabularies.values()];
  return {
    policies: policyList,
    rules,
    amendments,
    vocabularies: vocabularyList,
    index: indexOf(policyList, rules, amendments, vocabularyList, parsed, levels),
    diagnostics: sortByFile(diagnostics),
  };
}

function indexOf(
  policies: readonly Policy[],
  rules: readonly ImplementingRule[],
  amendments: readonly Amendment[],
  vocabularies: readonly Vocabulary[],
  parsed: readonly { file: string; ast: PolicyFile }[],
  levels: Readonly<Record<string, Level>>,
): LibraryIndex {
  const level = (id: string): Level => levels[id] ?? "unspecified";
  const window = (v: { from: string; to: string } | undefined) => (v ? { validity: { from: v.from, to: v.to } } : {});
  const issuer = (i: string | undefined) => (i !== undefined ? { issuer: i } : {});
  const uses = (p: Policy) => {
    const ast = parsed.find((x) => x.file === p.file)?.ast;
    const ids = ast?.items.flatMap((i) => (i.kind === "Uses" ? [i.vocabulary.value] : [])) ?? [];
    return ids.length > 0 ? { uses: ids } : {};
  };
  const entries: IndexEntry[] = [
    ...policies.map((p) => ({
      id: p.id,
      kind: "policy" as const,
      file: p.file ?? "",
      title: p.title,
      ...issuer(p.issuer),
      level: level(p.id),
      ...window(p.validity),
      ...uses(p),
    })),
    ...rules.map((r) => ({
      id: r.id,
      kind: "rule" as const,
      file: r.file ?? "",
      title: r.title,
      ...issuer(r.issuer),
      level: level(r.id),
      ...window(r.validity),
      of: r.implements,
    })),
    ...amendments.map((a) => ({
      id: a.id,
      kind: "amendment" as const,
      file: a.file ?? "",
      title: a.title,
      ...issuer(a.issuer),
      level: level(a.id),
      ...window(a.validity),
      of: a.amends,
    })),
    ...vocabularies.map((v) => ({
      id: v.id,
      kind: "vocabulary" as const,
      file: v.file,
      title: v.title,
      level: level(v.id),
    })),
  ];
  return { entries: entries.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Diagnostics by file, then in source order. */
function sortByFile(ds: Diagnostic[]): Diagnostic[] {
  const files = [...new Set(ds.map((d) => d.span.file))].sort();
  return files.flatMap((f) => sortDiagnostics(ds.filter((d) => d.span.file === f)));
}
