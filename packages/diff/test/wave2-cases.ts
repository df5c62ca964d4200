import { readFileSync } from "node:fs";

/**
 * The second wave's constructs in the diff: a change to any of them is behavioural, with a
 * witness (an applicant paid differently, checked independently) wherever one applicant can
 * show it, and the reason when none can (instalments, a selection among applicants).
 */
export const corpus = (name: string) =>
  readFileSync(new URL(`../../../corpus/${name}/input.subsidia`, import.meta.url), "utf8");

/**
 * The corpus policy, one edit, the change kinds it must produce (`*` behavioural) and its witness: found and
 * checked (evaluated by both versions, which pay it differently), none by design (with the reason), or none
 * because none exists: the change cannot alter what any applicant is paid, and the search, having tried its
 * candidates, says so.
 */
export type Witnessed = "found" | "none by design" | "none exists";
export const cases: [string, string, [string, string], string[], Witnessed][] = [
  ["`if` branch", "wave2-case-values", ["then 1% else 0.5%", "then 1% else 0.6%"], ["rate *"], "found"],
  ["`if` then-branch", "wave2-case-values", ["then 1% else 0.5%", "then 1.2% else 0.5%"], ["rate *"], "found"],
  [
    "`if` condition",
    "wave2-case-values",
    ["if firm.statsYear = year(firm.registered)", "if firm.statsYear <= year(firm.registered)"],
    ["rate *"],
    "found",
  ],
  ["`cap by` case", "wave2-case-values", ['"phase-2": 2000万元', '"phase-2": 2500万元'], ["cap *"], "found"],
  ["step amount", "wave2-case-values", ["award 500元 per 100万元", "award 600元 per 100万元"], ["amount *"], "found"],
  [
    "date shift",
    "wave2-case-values",
    ["firm.registered + 3 years", "firm.registered + 2 years"],
    ["threshold *"],
    "found",
  ],
  ["lifetime cap", "wave2-history", ["cap 300万元 over lifetime", "cap 200万元 over lifetime"], ["history *"], "found"],
  ["`once` removed", "wave2-history", ['    once "同一项目只奖励一次"\n', ""], ["history *"], "found"],
  ["`less received` removed", "wave2-history", ["    less received\n", ""], ["history *"], "found"],
  // with `once` an item paid before gets nothing, so what it received is never deducted from anything
  [
    "`less received` added beside `once`",
    "wave2-history",
    ['once "同一项目只奖励一次"', 'once "同一项目只奖励一次"\n    less received'],
    ["history *"],
    "none exists",
  ],
  // a year is twelve months to the day (month ends included), so no applicant is paid differently
  [
    "date shift in months",
    "wave2-case-values",
    ["firm.registered + 3 years", "firm.registered + 36 months"],
    ["condition *", "condition *"],
    "none exists",
  ],
  [
    "`award of` share",
    "wave2-links",
    ["50% of award of newProject", "60% of award of newProject"],
    ["rate *"],
    "found",
  ],
  ["range low end", "wave2-links", ["10% to 30% of p.investment", "15% to 30% of p.investment"], ["range *"], "found"],
  [
    "`one per` removed",
    "wave2-links",
    ["    one per r.project keep highest", "    // one per r.project keep highest"],
    ["exclusion *"],
    "found",
  ],
  [
    "instalments",
    "wave2-links",
    ['pay 50% on p.approved "认定后", 50%', 'pay 40% on p.approved "认定后", 60%'],
    ["schedule *"],
    "none by design",
  ],
  ["selection", "wave2-links", ["select top 50", "select top 40"], ["selection *"], "none by design"],
];
