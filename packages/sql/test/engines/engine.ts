import type { Policy } from "@subsidia/ir";
import type { CompiledPolicy } from "../../src/index.js";
import type { LayoutRows } from "../../src/facts-rows.js";
import type { ResultRow } from "../../src/results.js";

/** The rows of a population, by table. */
export interface Loaded {
  tables: Map<string, { columns: string[]; rows: LayoutRows extends Map<string, infer R> ? R : never }>;
}

/** A database the conformance suite runs compiled policies in. */
export interface Engine {
  name: string;
  run(policy: Policy, loaded: Loaded, sql: string): Promise<ResultRow[]>;
  sqlOf(compiled: CompiledPolicy): string;
  close(): Promise<void>;
}
