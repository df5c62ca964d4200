import type { Span } from "@subsidia/ir";
import type { DiagnosticCode } from "@subsidia/syntax";

/** Reports one finding of the static checks at an IR span (analysis.ts adds the file and tidies the message). */
export type Report = (code: DiagnosticCode, span: Span, message: string) => void;
