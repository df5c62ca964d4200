import type { Policy } from "@subsidia/ir";
import { Dec, isIsoDate, planOf, shiftDate } from "@subsidia/plan";

/**
 * Applicants with an awards history near every boundary: for each clause that reads the history
 * (`once`, `less received`, caps over years), rows of its own items (and of an unknown item, an
 * empty one, another clause) dated on the applicant's date, the day after, the first day of each
 * window and the day before it, of amounts at each cap's limit, a cent either side, half of it
 * and a fraction of a cent. The random applicants of `randomPopulation` give the rest of the facts.
 */
export function historyPopulation(policy: Policy, base: readonly unknown[], seed: number): unknown[] {
  const plan = planOf(policy);
  const input = plan.awardsInput;
  if (input === null) return [];
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)]!;
  const readers = plan.clauses.filter(
    (c) => c.award && (c.award.once || c.clause.lessReceived || c.clause.historyCaps),
  );
  const limits = (c: (typeof readers)[number]) =>
    (c.clause.historyCaps ?? []).flatMap((h) =>
      h.amount.k === "lit" && typeof h.amount.value === "string" ? [new Dec(h.amount.value)] : [],
    );
  const years = (c: (typeof readers)[number]) =>
    (c.clause.historyCaps ?? []).flatMap((h) => (h.years ? [h.years] : []));
  const out: unknown[] = [];
  for (const applicant of base) {
    if (typeof applicant !== "object" || applicant === null || Array.isArray(applicant)) continue;
    const facts = applicant as Record<string, unknown>;
    const v = plan.validity;
    const date = v ? facts[v.dateInput] : "2026-03-01";
    if (typeof date !== "string" || !isIsoDate(date)) continue;
    const rows: Record<string, unknown>[] = [];
    for (const c of readers) {
      const list = c.forEach ? facts[c.forEach.list] : undefined;
      const ids = Array.isArray(list)
        ? list.flatMap((x) => (typeof x?.id === "string" ? [x.id as string] : [])).concat(["#1", "", "unknown"])
        : [undefined];
      const dates = [date, shiftDate(date, 1, "days"), shiftDate(date, -1, "years")];
      for (const y of years(c))
        dates.push(shiftDate(date, -y, "years"), shiftDate(shiftDate(date, -y, "years"), -1, "days"));
      const amounts = limits(c).flatMap((l) => [l, l.minus("0.01"), l.plus("0.01"), l.div(2)]);
      amounts.push(new Dec("0.005"), new Dec(next(2000000)).div(100));
      for (const item of ids) {
        for (let n = next(4); n > 0; n--) {
          const row: Record<string, unknown> = { clause: next(8) === 0 ? "other" : c.clause.id, date: pick(dates) };
          row["amount"] = pick(amounts).toFixed();
          if (item !== undefined) row["item"] = item;
          rows.push(row);
        }
      }
    }
    out.push({ ...facts, [input]: rows });
  }
  return out;
}
