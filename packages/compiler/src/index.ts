export { compile, compileAst, sortDiagnostics, type CompileResult } from "./compile.js";
export { formatDiagnostic } from "./format-diagnostic.js";
