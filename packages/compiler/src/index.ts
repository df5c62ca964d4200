export { compile, compileAst, sortDiagnostics, type CompileResult } from "./compile.js";
export { formatDiagnostic } from "./format-diagnostic.js";
export { printAward, printClause, printExpr } from "./print-ir.js";
export {
  createIncrementalChecker,
  type CheckResult,
  type IncrementalChecker,
} from "./incremental/incremental-checker.js";
