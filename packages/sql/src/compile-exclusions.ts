import { Dec, type ExclusionPlan, type Plan } from "@subsidia/plan";
import {
  bin,
  isNull,
  caseWhen,
  cast,
  col,
  type Column,
  and,
  type OrderBy,
  int,
  NULL,
  type Query,
  type Sql,
  select,
  table,
} from "./ast.js";
import { APPLICANT, POSITION } from "./layout.js";
import { literal, type NumType, sqlType } from "./numeric.js";
import { ABSENT } from "./value.js";

type Exclusive = Extract<ExclusionPlan, { kind: "exclusive" }>;
type OnePer = Extract<ExclusionPlan, { kind: "one-per" }>;

/** Digits a sum of one clause's items may add to an item's (up to a million items). */
const SUM_DIGITS = 6;

const t = (name: string) => col(name, "t");
const window = (fn: "ROW_NUMBER" | "SUM" | "FIRST_VALUE", args: Sql[], partition: Sql[], order: OrderBy[] = []) => ({
  k: "window" as const,
  fn,
  args,
  partition,
  order,
  frame: null,
});

/** 1 for an awarded item (code 0) of one of the group's clauses, else 0: the candidates. */
function candidate(members: readonly number[]): Sql {
  const member =
    members.length === 1
      ? bin("=", t("clause"), int(members[0]!))
      : ({ k: "in", e: t("clause"), values: members.map(int) } as const);
  return caseWhen([[and(bin("=", t("code"), int(0)), member), int(1)]], int(0));
}

/** The place of a clause in `order` (a CASE on the clause's index), or the index itself when they agree. */
function placeIn(order: readonly number[], members: readonly number[]): Sql {
  const sorted = members.every((m, i) => i === 0 || order.indexOf(members[i - 1]!) < order.indexOf(m));
  if (sorted && members.every((m, i) => i === 0 || members[i - 1]! < m)) return t("clause");
  return caseWhen(
    members.map((m) => [bin("=", t("clause"), int(m)), int(order.indexOf(m))] as const),
    NULL,
  );
}

/** The items relation's columns, with `code` set to absent where `excluded` holds. */
function itemColumns(excluded: Sql, ranged: boolean): Column[] {
  return [
    { e: t(APPLICANT), as: APPLICANT },
    { e: t("clause"), as: "clause" },
    { e: t(POSITION), as: POSITION },
    { e: t("item"), as: "item" },
    { e: t("phase"), as: "phase" },
    { e: caseWhen([[excluded, int(ABSENT)]], t("code")), as: "code" },
    { e: t("amount"), as: "amount" },
    ...(ranged ? [{ e: t("low"), as: "low" }] : []),
  ];
}

/**
 * `exclusive { … } keep highest` per item (`groupsOf`, `keepHighest`): among the awarded items
 * of the group's clauses with one item id, the highest is kept; a tie keeps the first in the
 * order the runtime collects them (the plan's clause order, then the list's).
 */
function perItem(x: Exclusive, from: string, plan: Plan, ranged: boolean): Query {
  const cand = candidate(x.members);
  const order = [{ e: t("amount"), desc: true }, { e: placeIn(plan.order, x.members) }, { e: t(POSITION) }];
  const ranked = select(
    [
      { e: cand, as: "_cand" },
      { e: window("ROW_NUMBER", [], [t(APPLICANT), t("item"), cand], order), as: "_rank" },
    ],
    table(from, "t"),
    { star: "t" },
  );
  const excluded = and(bin("=", t("_cand"), int(1)), bin(">", t("_rank"), int(1)));
  return select(itemColumns(excluded, ranged), { k: "sub", query: ranked, as: "t" });
}

/**
 * `exclusive { … } keep highest` per applicant: the sums of each clause's awarded items compete;
 * the highest sum is kept, a tie keeps the clause written first in the group; every awarded
 * item of the other clauses is excluded.
 */
function perApplicant(x: Exclusive, from: string, amount: NumType, ranged: boolean): Query {
  const cand = candidate(x.members);
  const zero = literal(new Dec(0)).sql;
  const sumType = { int: Math.min(amount.int + SUM_DIGITS, 38 - amount.scale), scale: amount.scale };
  const sum = window("SUM", [caseWhen([[bin("=", cand, int(1)), t("amount")]], zero)], [t(APPLICANT), t("clause")]);
  const summed = select(
    [
      { e: cand, as: "_cand" },
      { e: cast(sum, sqlType(sumType)), as: "_sum" },
    ],
    table(from, "t"),
    { star: "t" },
  );
  const written = caseWhen(
    x.members.map((m, i) => [bin("=", t("clause"), int(m)), int(i)] as const),
    NULL,
  );
  const best = window(
    "FIRST_VALUE",
    [t("clause")],
    [t(APPLICANT), t("_cand")],
    [{ e: t("_sum"), desc: true }, { e: written }],
  );
  const ranked = select([{ e: best, as: "_best" }], { k: "sub", query: summed, as: "t" }, { star: "t" });
  const excluded = and(bin("=", t("_cand"), int(1)), bin("<>", t("clause"), t("_best")));
  return select(itemColumns(excluded, ranged), { k: "sub", query: ranked, as: "t" });
}

/**
 * `one per KEY keep highest`: among one clause's awarded items with one key (as results write
 * it, the clause's CTE `c<index>_one`), the highest is kept, a tie keeps the first in the
 * list's order; an item whose key is not known is a group of its own.
 */
function onePer(x: OnePer, from: string, ranged: boolean): Query {
  const key = col("_one", "o");
  const cand = caseWhen(
    [[and(bin("=", t("code"), int(0)), bin("=", t("clause"), int(x.clause)), isNull(key, true)), int(1)]],
    int(0),
  );
  const order = [{ e: t("amount"), desc: true }, { e: t(POSITION) }];
  const joined = {
    k: "join" as const,
    type: "LEFT" as const,
    left: table(from, "t"),
    right: table(`c${x.clause}_one`, "o"),
    on: and(
      bin("=", t("clause"), int(x.clause)),
      bin("=", col(APPLICANT, "o"), t(APPLICANT)),
      bin("=", col(POSITION, "o"), t(POSITION)),
    ),
  };
  const ranked = select(
    [
      { e: cand, as: "_cand" },
      { e: window("ROW_NUMBER", [], [t(APPLICANT), key, cand], order), as: "_rank" },
    ],
    joined,
    { star: "t" },
  );
  const excluded = and(bin("=", t("_cand"), int(1)), bin(">", t("_rank"), int(1)));
  return select(itemColumns(excluded, ranged), { k: "sub", query: ranked, as: "t" });
}

/**
 * One of the plan's exclusions (`applyExclusions`) over the items of the stage before, in the
 * plan's order, before the aggregate caps: the items it excludes get the absent code (the
 * runtime's zero items, which batch records do not write).
 */
export function exclusionStage(x: ExclusionPlan, from: string, amount: NumType, plan: Plan, ranged: boolean): Query {
  if (x.kind === "one-per") return onePer(x, from, ranged);
  return x.perItem ? perItem(x, from, plan, ranged) : perApplicant(x, from, amount, ranged);
}
