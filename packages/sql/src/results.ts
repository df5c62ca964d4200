import { Dec } from "@subsidia/plan";

/** An award as batch records write it (`AwardAmount`). */
export interface SqlAward {
  article: number;
  clause: string;
  item?: string;
  amount: string;
  basis: "exact" | "up-to" | "range";
  funding?: { payer: string; share: string; amount: string }[];
  /** a range award: its low end (`min`) and its high end, the amount */
  range?: { min: string; max: string };
  /** a payment schedule: each instalment, the last the remainder (`InstalmentPart`) */
  instalments?: SqlInstalment[];
  /** a clause with `select`: its rule and this item's key (and category) */
  selection?: { rule: string; by: string; per?: string };
  /** what the population's selection decided: `amount` is what is paid, `computed` what was computed */
  population?: { status: string; reason: string; rank?: number; of?: number; computed: string };
}

export interface SqlInstalment {
  milestone: string;
  share: string;
  amount: string;
  date?: string;
  status: string;
}

export interface SqlPending {
  article: number;
  clause: string;
  item?: string;
  reason: string;
  funding?: { payer: string; share: string }[];
}

/** One applicant's result from the SQL rows: the batch record's fields, or the failure. */
export type SqlOutcome =
  | {
      ok: true;
      applicant: string;
      result: {
        inForce: boolean;
        applicationDate?: string;
        total: string;
        upToTotal: string;
        awards: SqlAward[];
        pending: SqlPending[];
      };
    }
  | { ok: false; applicant: string; errors: { path: string; message: string }[] };

/** A row of the result relation as a driver returns it: decimals and big integers as text or numbers. */
export type ResultRow = Readonly<Record<string, unknown>>;

const text = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const yuan = (v: unknown): string => new Dec(text(v)).toFixed(2);
const bool = (v: unknown): boolean => v === true || v === "true" || v === "t" || v === 1;

const given = (v: unknown): boolean => v !== null && v !== undefined;

/** The `selection` and `population` fields of an award row of a clause with `select` (`SELECTION_COLUMNS`). */
function selected(a: SqlAward, r: ResultRow): void {
  const per = r["selection_per"];
  a.selection = {
    rule: text(r["selection_rule"]),
    by: text(r["selection_by"]),
    ...(given(per) ? { per: text(per) } : {}),
  };
  const rank = given(r["population_rank"])
    ? { rank: Number(r["population_rank"]), of: Number(r["population_of"]) }
    : {};
  const status = text(r["population_status"]);
  a.population = { status, reason: text(r["population_reason"]), ...rank, computed: yuan(r["computed"]) };
}

/** An `instalment` row added to its award, before its `selection` and `population` (the batch record's order). */
function instalment(a: SqlAward, r: ResultRow): void {
  const { selection, population } = a;
  delete a.selection;
  delete a.population;
  const due = r["due"];
  (a.instalments ??= []).push({
    milestone: text(r["milestone"]),
    share: text(r["share"]),
    amount: yuan(r["amount"]),
    ...(given(due) ? { date: text(due) } : {}),
    status: text(r["status"]),
  });
  if (selection) a.selection = selection;
  if (population) a.population = population;
}

/**
 * Gathers the rows of one applicant (in the query's order: `seq`, then `part`) into its
 * result, with exactly the fields and field order of a batch record.
 */
export function assembleApplicant(rows: readonly ResultRow[]): SqlOutcome {
  const applicant = text(rows[0]!["applicant"]);
  const failed = rows.find((r) => r["kind"] === "error");
  if (failed)
    return { ok: false, applicant, errors: [{ path: text(failed["clause"]), message: text(failed["reason"]) }] };
  const head = rows.find((r) => r["kind"] === "result");
  if (!head) throw new Error(`no result row for applicant ${applicant}`);
  const awards: SqlAward[] = [];
  const pending: SqlPending[] = [];
  let parent: SqlAward | SqlPending | null = null;
  for (const r of rows) {
    const at = () => ({
      article: Number(r["article"]),
      clause: text(r["clause"]),
      ...(r["item"] !== null && r["item"] !== undefined ? { item: text(r["item"]) } : {}),
    });
    if (r["kind"] === "award") {
      const a: SqlAward = { ...at(), amount: yuan(r["amount"]), basis: text(r["basis"]) as SqlAward["basis"] };
      if (given(r["range_min"])) a.range = { min: yuan(r["range_min"]), max: a.amount };
      if (r["population_status"] !== null && r["population_status"] !== undefined) selected(a, r);
      awards.push(a);
      parent = a;
    } else if (r["kind"] === "pending") {
      const p: SqlPending = { ...at(), reason: text(r["reason"]) };
      pending.push(p);
      parent = p;
    } else if (r["kind"] === "instalment" && parent && "amount" in parent) {
      instalment(parent, r);
    } else if (r["kind"] === "funding" && parent) {
      const part = { payer: text(r["payer"]), share: text(r["share"]) };
      const amount = r["amount"];
      if ("amount" in parent) (parent.funding ??= []).push({ ...part, amount: yuan(amount) });
      else ((parent as SqlPending).funding ??= []).push(part);
    }
  }
  const date = head["application_date"];
  return {
    ok: true,
    applicant,
    result: {
      inForce: bool(head["in_force"]),
      ...(date !== null && date !== undefined ? { applicationDate: text(date) } : {}),
      total: yuan(head["total"]),
      upToTotal: yuan(head["up_to_total"]),
      awards,
      pending,
    },
  };
}

/** Splits rows ordered by applicant into each applicant's result. */
export function assembleResults(rows: readonly ResultRow[]): SqlOutcome[] {
  const out: SqlOutcome[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || text(rows[i]!["applicant"]) !== text(rows[start]!["applicant"])) {
      out.push(assembleApplicant(rows.slice(start, i)));
      start = i;
    }
  }
  return out;
}
