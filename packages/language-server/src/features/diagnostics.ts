import { type Diagnostic, localize } from "@subsidia/syntax";
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type DiagnosticRelatedInformation,
  type Diagnostic as LspDiagnostic,
} from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { rangeOf } from "../model/positions.js";

/** The languages diagnostics are shown in (the catalogues of @subsidia/syntax). */
export type DiagnosticLang = "en" | "zh";

/** The language of an editor's locale (`zh-cn`, `zh-tw`, `en`): 简体中文 for Chinese, else English. */
export const langOfLocale = (locale: unknown): DiagnosticLang =>
  typeof locale === "string" && /^zh\b/i.test(locale.trim()) ? "zh" : "en";

/** The words the server adds around a diagnostic, in each language (those of `subsidia check --lang`). */
const WORDS: Record<DiagnosticLang, { help: string; firstDeclared: (name: string) => string }> = {
  en: { help: "help: ", firstDeclared: (name) => `\`${name}\` is first declared here` },
  zh: { help: "提示：", firstDeclared: (name) => `\`${name}\` 首次声明于此` },
};

/** Codes of declarations made twice: the diagnostic points at the second, the related location at the first. */
const TWICE = new Set(["N003", "N004", "N005"]);
const UNUSED = new Set(["A003", "A004"]);

/**
 * The compiler's diagnostics as the editor shows them, in `lang`: code, severity, message,
 * and, when the diagnostic has them, its help text and related locations; where
 * a name is declared twice, the first declaration is the related location.
 */
export function diagnosticsOf(a: Analysis, lang: DiagnosticLang = "en"): LspDiagnostic[] {
  return a.diagnostics.map((d) => {
    const related = [...givenRelated(a, d), ...firstDeclaration(a, d, lang)];
    const { message, help } = localize(d, lang);
    return {
      range: rangeOf(a.doc, d.span),
      severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: d.code,
      source: "subsidia",
      message: help !== "" ? `${message}\n${WORDS[lang].help}${help}` : message,
      ...(UNUSED.has(d.code) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
      ...(related.length > 0 ? { relatedInformation: related } : {}),
    };
  });
}

/** Related locations a diagnostic carries itself (`related: { span, message }[]`), if the compiler gives any. */
function givenRelated(a: Analysis, d: Diagnostic): DiagnosticRelatedInformation[] {
  const related = (d as { related?: unknown }).related;
  if (!Array.isArray(related)) return [];
  return related.flatMap((r: { span?: { offset?: unknown; length?: unknown }; message?: unknown }) =>
    typeof r?.span?.offset === "number" && typeof r.span.length === "number" && typeof r.message === "string"
      ? [
          {
            location: { uri: a.doc.uri, range: rangeOf(a.doc, { offset: r.span.offset, length: r.span.length }) },
            message: r.message,
          },
        ]
      : [],
  );
}

function firstDeclaration(a: Analysis, d: Diagnostic, lang: DiagnosticLang): DiagnosticRelatedInformation[] {
  if (!TWICE.has(d.code)) return [];
  const name = a.text.slice(d.span.offset, d.span.offset + d.span.length);
  const first = a
    .symbols()
    .occurrences.find(
      (o) => o.def && o.offset < d.span.offset && o.sym.name === name && o.sym.def?.offset === o.offset,
    );
  if (!first) return [];
  return [
    {
      location: { uri: a.doc.uri, range: rangeOf(a.doc, first) },
      message: WORDS[lang].firstDeclared(name),
    },
  ];
}
