import type { Dialect } from "../../src/index.js";
import type { Loaded } from "./engine.js";

/** `INSERT … VALUES` statements (a few hundred rows each) for the loaded rows. */
export function insertStatements(loaded: Loaded, d: Dialect): string[] {
  const out: string[] = [];
  for (const [name, t] of loaded.tables) {
    for (let i = 0; i < t.rows.length; i += 500) {
      const values = t.rows
        .slice(i, i + 500)
        .map(
          (r) =>
            `(${r.map((v) => (v === null ? "NULL" : typeof v === "boolean" ? String(v).toUpperCase() : d.string(v))).join(", ")})`,
        );
      out.push(
        `INSERT INTO ${d.ident(name)} (${t.columns.map((c) => d.ident(c)).join(", ")}) VALUES ${values.join(", ")}`,
      );
    }
  }
  return out;
}
