import { assertNever, type Article, type Award, type Clause, type Param, type Policy, type Uplift } from "@subsidia/ir";

/**
 * IR parts written back as a drafter wrote them, from the source text each expression
 * carries (`src`): what `before` and `after` show in a change.
 */
export const showCap = (c: { amount: { src: string } }, total = false): string =>
  `cap ${total ? "total " : ""}${c.amount.src}`;

export function showUplift(u: Uplift): string {
  return `uplift ${u.rate.src}${u.orderStated || u.order === "before-cap" ? ` ${u.order.replace("-", " ")}` : ""}${u.when ? ` when ${u.when.src}` : ""}`;
}

export const showTier = (t: { atLeast: { src: string }; amount: { src: string } }): string =>
  `at least ${t.atLeast.src}: ${t.amount.src}`;

const matchText = (m: string): string => (/^-?\d+$/.test(m) ? m : JSON.stringify(m));

export function showAward(a: Award, basis: Clause["basis"]): string {
  const head = `award ${basis === "up-to" ? "up to " : ""}`;
  switch (a.kind) {
    case "amount":
      return `${head}${a.amount.src}`;
    case "rate":
      return `${head}${a.rate.src} of ${a.base.src}`;
    case "tiers":
      return `${head}tiers of ${a.base.src} { ${a.tiers.map(showTier).join("; ")} }`;
    case "lookup": {
      const cases = [
        ...a.cases.map((c) => `${matchText(c.match)}: ${c.amount.src}`),
        ...(a.otherwise ? [`otherwise: ${a.otherwise.src}`] : []),
      ];
      return `${head}by ${a.key.src} { ${cases.join(", ")} }`;
    }
    default:
      return assertNever(a, "award kind");
  }
}

export const showCase = (c: { match: string; amount: { src: string } }): string =>
  `${matchText(c.match)}: ${c.amount.src}`;

export function showFunding(c: Clause): string | undefined {
  return c.funding ? `funded by ${c.funding.payers.map((p) => `${p.name} ${p.share}`).join(", ")}` : undefined;
}

export const showForEach = (c: Clause): string | undefined =>
  c.forEach ? `for each ${c.forEach.var} in ${c.forEach.list}` : undefined;

/** A whole clause, one entry per line, as in the source. */
export function showClause(c: Clause): string {
  const lines = [
    `clause ${c.id}${c.title !== undefined ? ` ${JSON.stringify(c.title)}` : ""}${c.forEach ? ` ${showForEach(c)}` : ""} {`,
  ];
  for (const w of c.conditions) lines.push(`  when ${w.src}`);
  if (c.award) lines.push(`  ${showAward(c.award, c.basis)}`);
  for (const cap of c.caps) lines.push(`  ${showCap(cap)}`);
  if (c.totalCap) lines.push(`  ${showCap(c.totalCap, true)}`);
  for (const u of c.uplifts) lines.push(`  ${showUplift(u)}`);
  const funding = showFunding(c);
  if (funding) lines.push(`  ${funding}`);
  if (c.nonMonetary !== undefined) lines.push(`  nonmonetary ${JSON.stringify(c.nonMonetary)}`);
  if (c.stackKey !== undefined) lines.push(`  stack ${JSON.stringify(c.stackKey)}`);
  lines.push("}");
  return lines.join("\n");
}

export function showArticleHead(a: Article): string {
  return `article ${a.number} ${JSON.stringify(a.title)}`;
}

export function showParam(p: Param): string {
  if (p.pending !== undefined) return `param ${p.name}: ${p.type} pending ${JSON.stringify(p.pending)}`;
  const values = p.values.map((v) => `${v.value.src}${v.from ? ` from ${v.from}` : ""}`).join(", ");
  return `param ${p.name}: ${p.type} = ${values}`;
}

export function showValidity(p: Policy): string | undefined {
  const v = p.validity;
  return v ? `valid from ${v.from} to ${v.to} on ${v.dateInput}` : undefined;
}

export const showRounding = (p: Policy): string => `rounding ${p.rounding.unit} ${p.rounding.mode.replace("-", " ")}`;

export const showStacking = (p: Policy): string =>
  `stacking ${p.stacking.rule}${p.stacking.text !== undefined ? ` ${JSON.stringify(p.stacking.text)}` : ""}`;
