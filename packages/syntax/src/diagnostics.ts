import type { Span } from "./ast.js";

/**
 * The one registry of diagnostic codes. The first letter is the phase that
 * reports it: L lexing, P parsing, N names, T types and units, S structure,
 * A static analysis (warnings). Codes are stable: never renumber, only add.
 */
export const DIAGNOSTICS = {
  L001: { severity: "error", title: "unexpected character" },
  L002: { severity: "error", title: "unterminated string" },
  L003: { severity: "error", title: "malformed literal" },
  L004: { severity: "error", title: "unterminated comment" },
  L005: { severity: "error", title: "file too large" },
  P001: { severity: "error", title: "unexpected token" },
  P002: { severity: "error", title: "missing token" },
  P003: { severity: "error", title: "unexpected end of file" },
  P004: { severity: "error", title: "no alternative matches" },
  P005: { severity: "error", title: "nesting too deep" },
  P006: { severity: "error", title: "too many errors" },
  N001: { severity: "error", title: "unknown name" },
  N002: { severity: "error", title: "unknown field" },
  N003: { severity: "error", title: "duplicate declaration" },
  N004: { severity: "error", title: "duplicate clause id" },
  N005: { severity: "error", title: "duplicate article number" },
  N006: { severity: "error", title: "unknown enum member" },
  N007: { severity: "error", title: "unknown function" },
  N008: { severity: "error", title: "unknown type" },
  N009: { severity: "error", title: "unknown clause" },
  T001: { severity: "error", title: "operator does not apply to these units" },
  T002: { severity: "error", title: "comparison of different units" },
  T003: { severity: "error", title: "condition is not a boolean" },
  T004: { severity: "error", title: "award is not money" },
  T005: { severity: "error", title: "rate is not a percent" },
  T006: { severity: "error", title: "cap is not money" },
  T007: { severity: "error", title: "value does not match the declared type" },
  T008: { severity: "error", title: "not a list of records" },
  T009: { severity: "error", title: "field access on a value without fields" },
  T010: { severity: "error", title: "invalid date" },
  T011: { severity: "error", title: "lookup key does not match its cases" },
  T012: { severity: "error", title: "division by zero" },
  S001: { severity: "error", title: "missing policy header" },
  S002: { severity: "error", title: "missing header entry" },
  S003: { severity: "error", title: "duplicate entry" },
  S004: { severity: "error", title: "clause without award" },
  S005: { severity: "error", title: "conflicting clause entries" },
  S006: { severity: "error", title: "validity ends before it starts" },
  S007: { severity: "error", title: "unknown header setting" },
  S008: { severity: "error", title: "invalid test facts" },
  A001: { severity: "warning", title: "uplift order not stated" },
  A002: { severity: "warning", title: "article without cited text" },
  A003: { severity: "warning", title: "unused input" },
  A004: { severity: "warning", title: "unused parameter" },
  A005: { severity: "error", title: "tiers not ascending" },
  A006: { severity: "warning", title: "tier pays less than a lower tier" },
  A007: { severity: "error", title: "duplicate tier threshold" },
  A008: { severity: "warning", title: "unreachable tier" },
  A009: { severity: "warning", title: "cap never binds" },
  A010: { severity: "warning", title: "cap always binds" },
  A011: { severity: "warning", title: "threshold at or above the cap's knee" },
  A012: { severity: "warning", title: "too many warnings" },
} as const satisfies Record<string, { severity: "error" | "warning"; title: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export type Severity = "error" | "warning";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** lowercase, no final period, user input in backticks, says what was expected */
  message: string;
  span: Span;
  /** what would have been accepted here, when known */
  expected?: string[] | undefined;
  /** a likely intended spelling ("did you mean …") */
  suggestion?: string | undefined;
}

export function diagnostic(
  code: DiagnosticCode,
  span: Span,
  message: string,
  extra: { expected?: string[]; suggestion?: string } = {},
): Diagnostic {
  return { code, severity: DIAGNOSTICS[code].severity, message, span, ...extra };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");
