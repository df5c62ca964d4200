export type * from "./ast.js";
export { compilePolicy, type CompiledPolicy } from "./compile-policy.js";
export { OUTPUT_COLUMNS, RANGE_COLUMNS, SELECTION_COLUMNS } from "./compile-output.js";
export { SCHEDULE_COLUMNS } from "./compile-schedule.js";
export { DIALECTS, dialectOf, type Dialect, type DialectName } from "./dialect.js";
export { APPLICANT, APPLICANTS_TABLE, layoutOf, layoutTables, listTable, NUMERIC_BOUNDS, POSITION } from "./layout.js";
export type { Layout, LayoutColumn, LayoutTable } from "./layout.js";
export { SqlCompileError } from "./numeric.js";
export { createTable, statement } from "./print.js";
export { policyQuery, policySql, type PolicySql } from "./emit.js";
export {
  assembleApplicant,
  assembleResults,
  type ResultRow,
  type SqlAward,
  type SqlInstalment,
  type SqlOutcome,
  type SqlPending,
} from "./results.js";
export { layoutColumnNames, layoutRows, type Cell, type LayoutError, type LayoutRows } from "./facts-rows.js";
