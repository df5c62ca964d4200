import type { Selection } from "@subsidia/ir";
import { Dec } from "@subsidia/plan";
import {
  and,
  bin,
  caseWhen,
  cast,
  col,
  type From,
  int,
  isNull,
  NULL,
  type OrderBy,
  or,
  type Query,
  select,
  type Sql,
  str,
  TEXT,
  table,
} from "./ast.js";
import type { SelectionKeys } from "./compile-select.js";
import { APPLICANT, POSITION } from "./layout.js";
import { literal, type NumType, sqlType } from "./numeric.js";

/** The selection as reasons write it (`ruleText`): `top 50 by \`t.score\` descending per \`t.kind\``. */
export const ruleText = (s: Selection): string =>
  `${s.mode} ${s.count} by \`${s.by.src}\` ${s.order}${s.per ? ` per \`${s.per.src}\`` : ""}`;

/** The selection as an award's `selection.rule` writes it (`writeResult`), with its reason. */
export function awardRule(s: Selection): string {
  const per = s.per ? ` per ${s.per.src}` : "";
  return `${s.mode} ${s.count} by ${s.by.src} ${s.order}${per}${s.reason ? ` (${s.reason})` : ""}`;
}

const cat = (...parts: Sql[]): Sql => parts.reduce((l, r) => bin("||", l, r));
const inClauses = (keys: readonly SelectionKeys[], t: string): Sql =>
  keys.length === 0
    ? { k: "bool", value: false }
    : { k: "in", e: col("clause", t), values: keys.map((k) => int(k.clause.index)) };
const perClause = (keys: readonly SelectionKeys[], t: string, v: (k: SelectionKeys, s: Selection) => Sql): Sql =>
  caseWhen(
    keys.map((k) => [bin("=", col("clause", t), int(k.clause.index)), v(k, k.clause.award!.selection!)] as const),
    null,
  );

export interface SelectionStage {
  ctes: { name: string; query: Query }[];
  /** the items with `_sel_by`, `_sel_per`, `_status`, `_reason`, `_rank`, `_of` and `_paid` (the amount paid) */
  name: string;
}

/**
 * The clauses' `select` over the population (`applyPopulationLimits`, `selectClause`), with
 * window functions over the final items: the candidates are the awarded items (code 0) of
 * applicants that did not fail, whose key (and category, with `per`) is known; each is ranked
 * within its clause and category by the key in the selection's order, ties by applicant
 * (the input's order), then position; the first N are selected, the others (and those with an
 * unknown key) are not, and pay 0. A not-selected item whose key equals the Nth's says it tied.
 */
export function selectionStage(
  items: string,
  keys: readonly SelectionKeys[],
  amount: NumType,
  failed: boolean,
): SelectionStage {
  const nums = keys.flatMap((k) => (k.num ? [k.num] : []));
  const numType: NumType = {
    int: Math.max(1, ...nums.map((n) => n.int)),
    scale: Math.max(0, ...nums.map((n) => n.scale)),
  };
  const union: Query = {
    k: "union",
    queries: keys.map((k) =>
      select(
        [
          { e: col(APPLICANT, "t"), as: APPLICANT },
          { e: col("clause", "t"), as: "clause" },
          { e: col(POSITION, "t"), as: POSITION },
          { e: cast(col("_sel_by", "t"), TEXT), as: "_sel_by" },
          { e: cast(k.num ? col("_sel_num", "t") : NULL, sqlType(numType)), as: "_sel_num" },
          { e: cast(col("_sel_per", "t"), TEXT), as: "_sel_per" },
        ],
        table(k.name, "t"),
      ),
    ),
  };
  const on = (a: string) =>
    and(
      bin("=", col(APPLICANT, a), col(APPLICANT, "t")),
      bin("=", col("clause", a), col("clause", "t")),
      bin("=", col(POSITION, a), col(POSITION, "t")),
    );
  let from: From = { k: "join", type: "LEFT", left: table(items, "t"), right: table("sel_keys", "k"), on: on("k") };
  if (failed)
    from = {
      k: "join",
      type: "LEFT",
      left: from,
      right: table("failed", "x"),
      on: bin("=", col(APPLICANT, "x"), col(APPLICANT, "t")),
    };
  const withPer = keys.filter((k) => k.clause.award!.selection!.per);
  const candidate = and(
    bin("=", col("code", "t"), int(0)),
    ...(failed ? [isNull(col(APPLICANT, "x"))] : []),
    inClauses(keys, "t"),
    isNull(col("_sel_by", "k"), true),
    ...(withPer.length > 0 ? [or({ k: "not", e: inClauses(withPer, "t") }, isNull(col("_sel_per", "k"), true))] : []),
  );
  const cand = caseWhen([[candidate, int(1)]], int(0));
  const partition = [cand, col("clause", "t"), col("_sel_per", "k")];
  const order: OrderBy[] = [];
  for (const desc of [true, false])
    for (const numeric of [true, false]) {
      const these = keys.filter(
        (k) => (k.num !== null) === numeric && (k.clause.award!.selection!.order === "descending") === desc,
      );
      if (these.length === 0) continue;
      const key = numeric ? col("_sel_num", "k") : ({ k: "binaryText", e: col("_sel_by", "k") } as Sql);
      order.push({ e: caseWhen([[inClauses(these, "t"), key]], null), desc });
    }
  order.push({ e: col(APPLICANT, "t") }, { e: col(POSITION, "t") });
  const ranked = select(
    [
      { e: col("_sel_by", "k"), as: "_sel_by" },
      { e: col("_sel_per", "k"), as: "_sel_per" },
      { e: cand, as: "_cand" },
      { e: { k: "window", fn: "ROW_NUMBER", args: [], partition, order, frame: null }, as: "_rank" },
      { e: { k: "window", fn: "COUNT", args: [int(1)], partition, order: [], frame: null }, as: "_of" },
    ],
    from,
    { star: "t" },
  );
  const count = (t: string) => perClause(keys, t, (_k, s) => int(s.count));
  const nth = select(
    [
      {
        e: {
          k: "window",
          fn: "MAX",
          args: [caseWhen([[bin("=", col("_rank", "t"), count("t")), col("_sel_by", "t")]], null)],
          partition: [col("_cand", "t"), col("clause", "t"), col("_sel_per", "t")],
          order: [],
          frame: null,
        },
        as: "_nth",
      },
    ],
    table("sel_ranked", "t"),
    { star: "t" },
  );
  const decided = and(bin("=", col("code", "t"), int(0)), inClauses(keys, "t"));
  const isCandidate = bin("=", col("_cand", "t"), int(1));
  const selected = and(isCandidate, bin("<=", col("_rank", "t"), count("t")));
  const status = caseWhen(
    [
      [{ k: "not", e: decided }, NULL],
      [selected, str("selected")],
    ],
    str("not selected"),
  );
  const reason = perClause(keys, "t", (_k, s) => {
    const rule = str(ruleText(s));
    const missing = s.per ? caseWhen([[isNull(col("_sel_by", "t")), str(s.by.src)]], str(s.per.src)) : str(s.by.src);
    const place = cat(
      str("rank "),
      cast(col("_rank", "t"), TEXT),
      str(" of "),
      cast(col("_of", "t"), TEXT),
      ...(s.per ? [str(` in \`${s.per.src}\` `), col("_sel_per", "t")] : []),
    );
    const tie = str(`; tied with rank ${s.count}, which comes earlier in the input`);
    return caseWhen(
      [
        [{ k: "not", e: isCandidate }, cat(str("not selected: `"), missing, str("` not given, "), rule)],
        [selected, cat(place, str(", "), rule)],
      ],
      cat(
        str("not selected: "),
        place,
        str(", "),
        rule,
        caseWhen([[bin("=", col("_sel_by", "t"), col("_nth", "t")), tie]], str("")),
      ),
    );
  });
  const zero = literal(new Dec(0)).sql;
  const out = select(
    [
      { e: status, as: "_status" },
      { e: caseWhen([[decided, reason]], NULL), as: "_reason" },
      {
        e: cast(caseWhen([[and(decided, { k: "not", e: selected }), zero]], col("amount", "t")), sqlType(amount)),
        as: "_paid",
      },
    ],
    table("sel_nth", "t"),
    { star: "t" },
  );
  return {
    ctes: [
      { name: "sel_keys", query: union },
      { name: "sel_ranked", query: ranked },
      { name: "sel_nth", query: nth },
      { name: "selected", query: out },
    ],
    name: "selected",
  };
}
