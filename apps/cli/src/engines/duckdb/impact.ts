import { LimitedImpact } from "../../diff/limited-impact.js";
import type { ImpactRun } from "../../diff/run-impact.js";
import type { Policy } from "@subsidia/ir";
import type { SqlOutcome } from "@subsidia/sql";
import { DEFAULT_LIMITS, type FactsLimits } from "../../facts-input.js";
import { type Database, openDatabase, sqlIdent } from "./database.js";
import { formatOf } from "../file-format.js";
import { loadFiles } from "./load-files.js";
import { loadJsonl, type Rejected } from "./load-jsonl.js";
import { duckdbQuery, outcomes } from "./results.js";
import { Staging } from "./staging.js";

const inputsKey = (p: Policy) => JSON.stringify(p.inputs);

function reason(r: Rejected, sameInputs: boolean): string {
  if (!r.problems) return r.error;
  const which = r.target === 0 ? "old" : "new";
  const first = r.problems[0]!;
  const more = r.problems.length > 1 ? ` (and ${r.problems.length - 1} more)` : "";
  return `${r.error}${sameInputs ? "" : ` for the ${which} version`}: ${first.path}: ${first.message}${more}`;
}

async function rejectedIn(db: Database, schema: string, target: number): Promise<Rejected[]> {
  const r = await db.connection.runAndReadAll(
    `SELECT "applicant", to_json("problems") AS "p" FROM ${sqlIdent(schema)}."rejected" ORDER BY 1`,
  );
  return r.getRowObjectsJson().map((row) => ({
    line: Number(row["applicant"]),
    error: "invalid facts",
    problems: JSON.parse(String(row["p"])) as { path: string; message: string }[],
    target,
  }));
}

/**
 * `subsidia diff --population FILE --engine duckdb`: both versions compiled to SQL and run in
 * DuckDB over the population (JSON Lines, Parquet or CSV), their results summed by the same
 * `Impact` as the JavaScript engine's, applicant by applicant in order.
 */
export async function runDuckdbImpact(
  file: string,
  before: Policy,
  after: Policy,
  top: number,
  limits: FactsLimits = DEFAULT_LIMITS,
): Promise<ImpactRun> {
  const queries = [duckdbQuery(before), duckdbQuery(after)];
  const impact = new LimitedImpact(before, after, { top });
  const sameInputs = inputsKey(before) === inputsKey(after);
  const db = await openDatabase();
  try {
    let rejected: Rejected[];
    const format = formatOf(file);
    if (format === null) {
      const targets = [
        { policy: before, staging: await Staging.open(db, before, "before") },
        { policy: after, staging: await Staging.open(db, after, "after") },
      ];
      rejected = (
        await loadJsonl(file, targets, {
          skipBlank: true,
          limits,
          // as the js engine's impact says it
          oversized: (bytes, max) => `a line of more than ${bytes} bytes, more than the limit of ${max}`,
        })
      ).rejected;
    } else {
      await loadFiles(db, before, "before", file, format, limits.maxItems);
      await loadFiles(db, after, "after", file, format, limits.maxItems);
      const both = [...(await rejectedIn(db, "before", 0)), ...(await rejectedIn(db, "after", 1))].sort(
        (a, b) => a.line - b.line || (a.target ?? 0) - (b.target ?? 0),
      );
      rejected = both.filter((r, i) => i === 0 || both[i - 1]!.line !== r.line);
    }
    const skipped = rejected.map((r) => [r.line, reason(r, sameInputs)] as const);
    let k = 0;
    const skipUpTo = (line: number) => {
      for (; k < skipped.length && skipped[k]![0] <= line; k++) impact.skip({ line: skipped[k]![0] }, skipped[k]![1]);
    };
    const rejectedLines = new Set(rejected.map((r) => r.line));
    // both versions stream at once, each on a connection of its own, merged by applicant
    const olds = outcomes(await db.connect(), "before", queries[0]!);
    const news = outcomes(await db.connect(), "after", queries[1]!);
    let b = await olds.next();
    let a = await news.next();
    while (!b.done || !a.done) {
      const lb = b.done ? Number.POSITIVE_INFINITY : Number(b.value.applicant);
      const la = a.done ? Number.POSITIVE_INFINITY : Number(a.value.applicant);
      const line = Math.min(lb, la);
      skipUpTo(line);
      if (lb === la && !rejectedLines.has(line)) {
        const [ob, oa] = [b.value as SqlOutcome, a.value as SqlOutcome];
        if (!ob.ok || !oa.ok) {
          const e = !ob.ok ? ob.errors[0]! : (oa as Extract<SqlOutcome, { ok: false }>).errors[0]!;
          impact.skip({ line }, `cannot evaluate: ${e.path}: ${e.message}`);
        } else impact.addResults(ob.result, oa.result, { line });
      }
      if (lb === line) b = await olds.next();
      if (la === line) a = await news.next();
    }
    skipUpTo(Number.POSITIVE_INFINITY);
    const summary = impact.summary();
    const problems = summary.skipped.first.map((s) => `${file}:${s.ref.line}: ${s.reason}`);
    const more = summary.skipped.count - summary.skipped.first.length;
    if (more > 0) problems.push(`${file}: ${more} more line${more === 1 ? "" : "s"} skipped`);
    return { summary, problems };
  } finally {
    db.close();
  }
}
