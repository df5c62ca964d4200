import type { Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/plan";
import { APPLICANT, type LayoutColumn, layoutOf, POSITION } from "./layout.js";

/** A value of a layout column: decimals as plain decimal text, dates and enums as text. */
export type Cell = string | boolean | null;

/** The rows one applicant's facts make in each table of the layout (by table name). */
export type LayoutRows = Map<string, Cell[][]>;

/** A fact the layout cannot hold (more digits than its column declares). */
export interface LayoutError {
  path: string;
  message: string;
}

type Facts = { readonly [name: string]: unknown };

function lookup(record: Facts, path: readonly string[]): unknown {
  let here: unknown = record;
  for (const name of path) {
    if (here === null || here === undefined || typeof here !== "object" || Array.isArray(here) || Dec.isDecimal(here))
      return undefined;
    here = (here as Facts)[name];
  }
  return here;
}

function cell(c: LayoutColumn, value: unknown, at: string, errors: LayoutError[]): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value;
  if (!Dec.isDecimal(value)) return null;
  const d = value as Dec;
  const num = c.num!;
  const digits = d.abs().lt(1) ? 0 : d.abs().trunc().toFixed().length;
  if (digits > num.int || d.decimalPlaces() > num.scale) {
    errors.push({
      path: at,
      message: `\`${d.toFixed()}\` does not fit the SQL table layout: at most ${num.int} digits before the point and ${num.scale} after`,
    });
    return null;
  }
  return d.toFixed();
}

const pathText = (prefix: string, c: LayoutColumn) => `${prefix}${c.path.join(".")}`;

/**
 * The layout rows of one applicant's facts, as `validateFacts` normalises them (decimals,
 * absent optional facts null, absent lists empty): the `applicants` row, then one row per
 * list item with its 1-based position. Facts beyond the layout's declared digits are errors.
 */
export function layoutRows(
  policy: Policy,
  applicant: number | bigint,
  facts: Facts,
): { rows: LayoutRows; errors: LayoutError[] } {
  const layout = layoutOf(policy);
  const errors: LayoutError[] = [];
  const rows: LayoutRows = new Map();
  const id = String(applicant);
  rows.set(layout.applicants.name, [
    [id, ...layout.applicants.columns.map((c) => cell(c, lookup(facts, c.path), pathText("", c), errors))],
  ]);
  for (const list of layout.lists) {
    const items = facts[list.input];
    const out: Cell[][] = [];
    if (Array.isArray(items))
      items.forEach((item: Facts, i) =>
        out.push([
          id,
          String(i + 1),
          ...list.columns.map((c) => cell(c, lookup(item, c.path), pathText(`${list.input}[${i}].`, c), errors)),
        ]),
      );
    rows.set(list.name, out);
  }
  return { rows, errors };
}

/** The column names of each table, in the order `layoutRows` gives the cells. */
export function layoutColumnNames(policy: Policy): Map<string, string[]> {
  const layout = layoutOf(policy);
  return new Map([
    [layout.applicants.name, [APPLICANT, ...layout.applicants.columns.map((c) => c.name)]],
    ...layout.lists.map((l) => [l.name, [APPLICANT, POSITION, ...l.columns.map((c) => c.name)]] as [string, string[]]),
  ]);
}
