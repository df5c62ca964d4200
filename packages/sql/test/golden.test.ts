import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { DIALECTS, policySql } from "../src/index.js";
import { assembleResults } from "../src/results.js";
import { expectedOutcome, selectedOutcomes } from "./conformance/expected.js";
import { suitePolicies } from "./conformance/policies.js";
import { randomPopulation } from "./conformance/populations.js";
import { duckdbEngine } from "./engines/duckdb.js";
import type { Engine } from "./engines/engine.js";
import { loadPopulation } from "./engines/population.js";
import { PG_URL, postgresqlEngine } from "./engines/postgresql.js";

/**
 * Golden SQL: what `subsidia sql --dialect X` prints for the flagship, the funding construct
 * (whose split needs an integer quotient, spelled differently by each engine) and the choices
 * construct (date arithmetic, `year`) and the selections construct (ranking windows), in
 * the four dialects. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites them.
 * Spark SQL and Trino are not executed here: their goldens are reviewed, and the table of
 * dialect differences in the README says what each spells differently. The formatted
 * DuckDB and PostgreSQL text is executed, so the formatter cannot change what a query means.
 */
const cases = suitePolicies().filter(
  (p) =>
    p.name.endsWith("biomanufacturing-2026.subsidia") ||
    p.name.endsWith("constructs/funding.subsidia") ||
    // date arithmetic and `year` are spelt by each engine
    p.name.endsWith("constructs/choices.subsidia") ||
    // selections: window functions, text ordered by code point, trimmed decimal text
    p.name.endsWith("constructs/select.subsidia") ||
    p.name.endsWith("constructs/range.subsidia") ||
    p.name.endsWith("constructs/dates.subsidia") ||
    p.name.endsWith("constructs/award-of.subsidia") ||
    // instalments: shares rounded, the last the rest, statuses by date
    p.name.endsWith("constructs/schedule.subsidia") ||
    // stacking: ranking and a first value over windows
    p.name.endsWith("constructs/stacking.subsidia") ||
    // the awards history: sums grouped per applicant and item, a window of years back from the date
    p.name.endsWith("constructs/history.subsidia"),
);
const golden = (name: string, dialect: string) =>
  new URL(`./golden/${name.replace(/^.*\//, "").replace(".subsidia", "")}.${dialect}.sql`, import.meta.url).pathname;

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(DIALECTS.map((d) => [d] as const))("%s", (dialect) => {
    const sql = policySql(c.policy, dialect);
    const text = `${sql.ddl}\n\n${sql.query}\n`;
    const file = golden(c.name, dialect);
    if (process.env["UPDATE_GOLDEN"]) writeFileSync(file, text);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(file, "utf8"));
  });
});

const engines: (() => Promise<Engine>)[] = [duckdbEngine];
const pgUrl = PG_URL;
if (pgUrl) engines.push(() => postgresqlEngine(pgUrl));

describe.each(engines.map((open) => [open] as const))("the formatted query runs", (open) => {
  let engine: Engine | undefined;
  afterAll(async () => engine?.close());
  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    engine ??= await open();
    const population = [...c.facts, ...randomPopulation(c.policy, 60, 3)];
    const { loaded, ids } = loadPopulation(c.policy, population);
    const dialect = engine.name === "duckdb" ? "duckdb" : "postgresql";
    const got = assembleResults(await engine.run(c.policy, loaded, policySql(c.policy, dialect).query));
    const expected = ids.map((id) => expectedOutcome(c.policy, population[id - 1], id));
    selectedOutcomes(c.policy, expected);
    expect(got).toEqual(expected);
  });
});
