import type { InputField, InputType, Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/plan";
import type { CreateTable, SqlType } from "./ast.js";
import { type NumType, sqlType } from "./numeric.js";

/**
 * The table layout a policy's facts are read from: one row per applicant for the scalar
 * facts (a record's fields flattened as `record.field`), and one table per list input with
 * the applicant's id, the item's 1-based position and its fields. Amounts are decimals with
 * declared bounds (`NUMERIC_BOUNDS`); a fact beyond them cannot be loaded.
 */
export interface Layout {
  applicants: LayoutTable;
  lists: readonly (LayoutTable & { input: string })[];
}

export interface LayoutTable {
  name: string;
  columns: readonly LayoutColumn[];
}

export type ScalarKind = Exclude<InputType["kind"], "record" | "list">;

export interface LayoutColumn {
  /** `rdInvestment.current`: the path joined with dots */
  name: string;
  path: readonly string[];
  kind: ScalarKind;
  type: SqlType;
  /** the bounds of a numeric column */
  num: NumType | null;
  /** may be NULL: the field, or a record it is in, is optional */
  optional: boolean;
  field: InputField;
}

/** Digits before and after the point that each numeric kind holds. */
export const NUMERIC_BOUNDS: Readonly<Record<"money" | "percent" | "number" | "integer", NumType>> = {
  money: { int: 20, scale: 4 },
  percent: { int: 4, scale: 8 },
  number: { int: 20, scale: 6 },
  integer: { int: 18, scale: 0 },
};

export const APPLICANT = "applicant";
export const POSITION = "position";
export const APPLICANTS_TABLE = "applicants";
export const listTable = (input: string): string => `applicants_${input}`;

function integerBounds(t: Extract<InputType, { kind: "integer" | "number" }>): NumType {
  const base = NUMERIC_BOUNDS.integer;
  if (t.min === undefined || t.max === undefined) return base;
  const widest = Dec.max(new Dec(t.min).abs(), new Dec(t.max).abs());
  return { int: Math.min(base.int, widest.plus(1).toFixed(0).length), scale: 0 };
}

function scalarType(t: Exclude<InputType, { kind: "record" | "list" }>): { type: SqlType; num: NumType | null } {
  switch (t.kind) {
    case "money":
    case "percent":
    case "number": {
      const num = NUMERIC_BOUNDS[t.kind];
      return { type: sqlType(num), num };
    }
    case "integer": {
      const num = integerBounds(t);
      return { type: sqlType(num), num };
    }
    case "boolean":
      return { type: { k: "boolean" }, num: null };
    case "date":
      return { type: { k: "date" }, num: null };
    case "string":
    case "enum":
      return { type: { k: "text" }, num: null };
  }
}

/** The scalar columns of some fields, records flattened; lists (and lists inside records) have tables of their own. */
function columns(fields: readonly InputField[], prefix: readonly string[], optional: boolean): LayoutColumn[] {
  const out: LayoutColumn[] = [];
  for (const f of fields) {
    const path = [...prefix, f.name];
    const t = f.type;
    if (t.kind === "list") continue;
    if (t.kind === "record") {
      out.push(...columns(t.fields, path, optional || f.optional));
      continue;
    }
    const { type, num } = scalarType(t);
    out.push({ name: path.join("."), path, kind: t.kind, type, num, optional: optional || f.optional, field: f });
  }
  return out;
}

const cache = new WeakMap<Policy, Layout>();

/** The layout of a policy's facts (once per IR object). */
export function layoutOf(policy: Policy): Layout {
  let layout = cache.get(policy);
  if (!layout) {
    const lists = policy.inputs.flatMap((f) =>
      f.type.kind === "list"
        ? [{ input: f.name, name: listTable(f.name), columns: columns(f.type.fields, [], false) }]
        : [],
    );
    layout = { applicants: { name: APPLICANTS_TABLE, columns: columns(policy.inputs, [], false) }, lists };
    cache.set(policy, layout);
  }
  return layout;
}

/** The `CREATE TABLE` statements of a layout: applicants first, then each list in declaration order. */
export function layoutTables(layout: Layout): CreateTable[] {
  const id = { name: APPLICANT, type: { k: "bigint" } as SqlType, notNull: true };
  const position = { name: POSITION, type: { k: "integer" } as SqlType, notNull: true };
  const cols = (t: LayoutTable) => t.columns.map((c) => ({ name: c.name, type: c.type, notNull: !c.optional }));
  return [
    { name: layout.applicants.name, columns: [id, ...cols(layout.applicants)] },
    ...layout.lists.map((l) => ({ name: l.name, columns: [id, position, ...cols(l)] })),
  ];
}
