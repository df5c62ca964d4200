/** What every engine of the benchmark must produce for one applicant, so they can be compared. */
export interface Figures {
  inForce: boolean;
  total: string;
  upToTotal: string;
  awards: { article: number; clause: string; item?: string; amount: string; basis: "exact" | "up-to" | "range" }[];
  pending: { article: number; clause: string; item?: string }[];
}

interface AnyResult {
  inForce: boolean;
  total: string;
  upToTotal: string;
  awards: readonly {
    article: number;
    clause: string;
    item?: string;
    amount: string;
    basis: "exact" | "up-to" | "range";
  }[];
  pending: readonly { article: number; clause: string; item?: string }[];
}

/** The figures of an interpreter or compiled result (explanations, funding and reasons left out). */
export function figuresOf(r: AnyResult): Figures {
  return {
    inForce: r.inForce,
    total: r.total,
    upToTotal: r.upToTotal,
    awards: r.awards.map((a) => ({
      article: a.article,
      clause: a.clause,
      ...(a.item !== undefined ? { item: a.item } : {}),
      amount: a.amount,
      basis: a.basis,
    })),
    pending: r.pending.map((p) => ({
      article: p.article,
      clause: p.clause,
      ...(p.item !== undefined ? { item: p.item } : {}),
    })),
  };
}

/** The differences between two figures, as short lines (empty when they agree). */
export function differences(want: Figures, got: Figures): string[] {
  const out: string[] = [];
  for (const k of ["inForce", "total", "upToTotal"] as const)
    if (want[k] !== got[k]) out.push(`${k}: ${String(want[k])} ≠ ${String(got[k])}`);
  const key = (a: { clause: string; item?: string }) => `${a.clause}${a.item !== undefined ? `/${a.item}` : ""}`;
  const got1 = new Map(got.awards.map((a) => [key(a), a]));
  for (const a of want.awards) {
    const g = got1.get(key(a));
    if (!g) out.push(`${key(a)}: ${a.amount} missing`);
    else if (g.amount !== a.amount || g.basis !== a.basis) out.push(`${key(a)}: ${a.amount} ≠ ${g.amount}`);
    got1.delete(key(a));
  }
  for (const g of got1.values()) out.push(`${key(g)}: unexpected ${g.amount}`);
  const pw = want.pending.map(key).sort().join(",");
  const pg = got.pending.map(key).sort().join(",");
  if (pw !== pg) out.push(`pending: ${pw} ≠ ${pg}`);
  return out;
}
