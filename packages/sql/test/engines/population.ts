import type { Policy } from "@subsidia/ir";
import { validateFacts } from "@subsidia/runtime";
import { layoutColumnNames, layoutRows } from "../../src/facts-rows.js";
import type { Loaded } from "./engine.js";

/**
 * The applicants the JavaScript runtime accepts, numbered from 1, as layout rows; those
 * it rejects or the layout cannot hold are left out (with the reason) and compared apart.
 */
export function loadPopulation(
  policy: Policy,
  population: readonly unknown[],
): { loaded: Loaded; ids: number[]; skipped: Map<number, string> } {
  const names = layoutColumnNames(policy);
  const tables: Loaded["tables"] = new Map([...names].map(([n, columns]) => [n, { columns, rows: [] }]));
  const ids: number[] = [];
  const skipped = new Map<number, string>();
  population.forEach((facts, i) => {
    const id = i + 1;
    const valid = validateFacts(policy, facts);
    if (!valid.ok) return skipped.set(id, "invalid facts");
    const { rows, errors } = layoutRows(policy, id, valid.facts);
    if (errors.length > 0) return skipped.set(id, errors[0]!.message);
    ids.push(id);
    for (const [table, rs] of rows) tables.get(table)!.rows.push(...rs);
  });
  return { loaded: { tables }, ids, skipped };
}
