export { compile, compileAst, sortDiagnostics, type CompileResult } from "./compile.js";
export { formatDiagnostic } from "./format-diagnostic.js";
/** The compact IR printer, for tests that read like the clause they check (it lives with the IR). */
export { printAward, printClause, printExpr } from "@subsidia/ir";
export {
  createIncrementalChecker,
  type CheckResult,
  type IncrementalChecker,
} from "./incremental/incremental-checker.js";
export { compileLibrary, type CompiledLibrary, type LibraryFile } from "./library/compile-library.js";
export type { Vocabulary } from "./library/vocabulary.js";
