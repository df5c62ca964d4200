import type { Selection } from "@subsidia/ir";
import type { ClausePlan } from "@subsidia/plan";
import { and, caseWhen, cast, col, int, isNull, NULL, type Query, select, type Sql, str, TEXT, table } from "./ast.js";
import { compileExpr, type Scope } from "./compile-expr.js";
import { APPLICANT, POSITION } from "./layout.js";
import { type NumType, sqlType } from "./numeric.js";
import { codeOf, codeTest, type Val } from "./value.js";

/** The key columns of one clause's `select`, in a CTE with one row per item of the clause. */
export interface SelectionKeys {
  clause: ClausePlan;
  /** the CTE: `applicant`, `position`, `_sel_by` (the key as results write it), `_sel_num`, `_sel_per` */
  name: string;
  /** the type of `_sel_num` for a numeric key, else null (`_sel_num` is NULL) */
  num: NumType | null;
}

/** A known value as results write it (`keyText`): numbers plainly, booleans and dates as text; NULL when unknown. */
export function keyText(val: Val): Sql {
  let text: Sql;
  if (val.t.k === "num") {
    // a digit before the point: DuckDB writes DECIMAL(3, 3) 0.333 as `.333`
    text = cast(cast(val.v, sqlType({ ...val.t.t, int: Math.max(1, val.t.t.int) })), TEXT);
    if (val.t.t.scale > 0) text = { k: "trimTrailing", e: { k: "trimTrailing", e: text, char: "0" }, char: "." };
  } else if (val.t.k === "bool")
    text = caseWhen(
      [
        [val.v, str("true")],
        [{ k: "not", e: val.v }, str("false")],
      ],
      null,
    );
  else text = val.t.k === "date" ? cast(val.v, TEXT) : val.v;
  const code = codeOf(val);
  return code.k === "int" && code.value === 0 ? text : caseWhen([[codeTest(code, "=", 0), text]], NULL);
}

/**
 * The values a clause's `select` ranks and groups by (`extras` of the runtime: the key, the
 * category), compiled in the clause's scope: call before the clause's input CTE is built, so
 * that it selects the columns they read.
 */
export function selectionColumns(
  sel: Selection,
  s: Scope,
): { columns: { e: Sql; as: string }[]; num: NumType | null; codes: Sql[] } {
  const by = compileExpr(sel.by, s);
  const per = sel.per ? compileExpr(sel.per, s) : null;
  const code = codeOf(by);
  const num =
    by.t.k === "num"
      ? code.k === "int" && code.value === 0
        ? cast(by.v, sqlType(by.t.t))
        : caseWhen([[codeTest(code, "=", 0), cast(by.v, sqlType(by.t.t))]], NULL)
      : NULL;
  const columns = [
    { e: keyText(by), as: "_sel_by" },
    { e: num, as: "_sel_num" },
    { e: per ? keyText(per) : cast(NULL, TEXT), as: "_sel_per" },
  ];
  // the key, then the category: a failure of either fails the applicant (`known` throws)
  const codes = [by, ...(per ? [per] : [])].filter(canFail).map(codeOf);
  return { columns, num: by.t.k === "num" ? by.t.t : null, codes };
}

/** Whether a value's code can be a failure (below 0): not when it is known or only absent. */
export const canFail = (v: Val): boolean => v.st.k === "dyn" || (v.st.k === "fixed" && v.st.code < 0);

/** The CTE of a clause's selection keys, read from its last stage (which carries the input's columns). */
export function selectionKeysQuery(c: ClausePlan, last: string, columns: { e: Sql; as: string }[]): Query {
  return select(
    [
      { e: col(APPLICANT, "t"), as: APPLICANT },
      { e: int(c.index), as: "clause" },
      { e: col(POSITION, "t"), as: POSITION },
      ...columns.map((x) => ({ e: x.e, as: x.as })),
    ],
    table(last, "t"),
  );
}

/** Whether a key column is known: for a clause with `per`, its category too. */
export const knownKey = (s: Selection, t: string): Sql =>
  and(isNull(col("_sel_by", t), true), ...(s.per ? [isNull(col("_sel_per", t), true)] : []));
