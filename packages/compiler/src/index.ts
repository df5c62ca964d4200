export { compile, compileAst, sortDiagnostics, type CompileResult } from "./compile.js";
export { formatDiagnostic } from "./format-diagnostic.js";
/** The compact IR printer, for tests that read like the clause they check (it lives with the IR). */
export { printAward, printClause, printExpr } from "@subsidia/ir";
