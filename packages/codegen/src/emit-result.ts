import type { Article, Clause, Policy } from "@subsidia/ir";
import { jsdoc, str } from "./escape.js";

function articleNumber(article: Article): string {
  if (!Number.isSafeInteger(article.number) || article.number < 1)
    throw new Error(`article number \`${article.number}\` is not a positive integer`);
  return String(article.number);
}

/** ` A | B` on one line when it is short, else one member per line. */
function union(members: readonly string[]): string {
  if (members.length === 0) return " never";
  const one = ` ${members.join(" | ")}`;
  return one.length <= 90 ? one : members.map((m) => `\n  | ${m}`).join("");
}

interface Placed {
  article: Article;
  clause: Clause;
}

function placed(ir: Policy, keep: (c: Clause) => boolean): Placed[] {
  return ir.articles.flatMap((article) => article.clauses.filter(keep).map((clause) => ({ article, clause })));
}

/** The fields that say where an entry comes from: article, clause and, for per-item clauses, the item. */
function where({ article, clause }: Placed): string {
  return `article: ${articleNumber(article)}; clause: ${str(clause.id)}; ${clause.forEach ? "item: string" : "item?: undefined"};`;
}

function award(p: Placed): string {
  const c = p.clause;
  const funding = c.funding ? "funding: FundingPart[]" : "funding?: undefined";
  const extras = [
    c.basis === "range" ? "range: { min: string; max: string };" : "",
    c.schedule ? "instalments: InstalmentPart[];" : "",
    c.selection ? "selection: { rule: string; by: string; per?: string };" : "",
  ]
    .filter((x) => x !== "")
    .join(" ");
  const cited = "title: string; citation?: string; rules?: CitedRule[];";
  return `{ ${where(p)} amount: string; basis: ${str(c.basis)}; ${cited} explanation: Step[]; ${funding}${extras ? `; ${extras}` : ""} }`;
}

function pending(p: Placed): string {
  const funding = p.clause.funding ? "funding: { payer: string; share: string }[]" : "funding?: undefined";
  return `{ ${where(p)} reason: string; ${funding} }`;
}

function clausesByArticle(ir: Policy): string {
  const byNumber = new Map<string, { titles: string[]; ids: Set<string> }>();
  for (const a of ir.articles) {
    const entry = byNumber.get(articleNumber(a)) ?? { titles: [], ids: new Set<string>() };
    entry.titles.push(a.title);
    for (const c of a.clauses) entry.ids.add(str(c.id));
    byNumber.set(articleNumber(a), entry);
  }
  const lines = [...byNumber].map(
    ([n, { titles, ids }]) => `${jsdoc(titles, "  ")}  ${n}: ${ids.size === 0 ? "never" : [...ids].join(" | ")};\n`,
  );
  return `/** The ids of the clauses of each article. */\nexport interface ClausesByArticle {\n${lines.join("")}}\n`;
}

/** The runtime's types the result module needs. */
function runtimeTypes(monetary: readonly Placed[]): string[] {
  const some = (f: (c: Clause) => unknown) => monetary.some((p) => f(p.clause));
  return [
    ...(monetary.length > 0 ? ["CitedRule"] : []),
    ...(some((c) => c.funding) ? ["FundingPart"] : []),
    ...(some((c) => c.schedule) ? ["InstalmentPart"] : []),
    "IrError",
    "NotAwarded as ClauseNotAwarded",
    ...(monetary.length > 0 ? ["Step"] : []),
    "ZeroAward",
  ];
}

/** `result.ts`: article numbers and clause ids as literal unions, awards that narrow by article and clause. */
export function emitResult(ir: Policy): string {
  const monetary = placed(ir, (c) => c.award !== undefined);
  const nonMonetary = placed(ir, (c) => c.nonMonetary !== undefined);
  const articles = [...new Set(ir.articles.map(articleNumber))];
  const clauses = [...new Set(ir.articles.flatMap((a) => a.clauses.map((c) => str(c.id))))];
  return [
    `import type { ${runtimeTypes(monetary).join(", ")} } from "@subsidia/runtime";\nimport type { FactsError } from "./facts.js";\n`,
    `/** The numbers of the policy's articles, as in the document: （四） is 4. */\nexport type ArticleNumber =${union(articles)};\n`,
    `/** The ids of the policy's clauses. */\nexport type ClauseId =${union(clauses)};\n`,
    clausesByArticle(ir),
    `/**\n * One award item greater than zero, in yuan with two decimals. Test \`article\` (or\n * \`clause\`) to narrow it: \`item\`, \`basis\` and \`funding\` follow from the clause.\n */\nexport type Award =${union(monetary.map(award))};\n`,
    `/** The award items of one article. */\nexport type AwardOf<A extends ArticleNumber> = Extract<Award, { article: A }>;\n`,
    `/** Eligible, but the amount depends on a parameter the policy leaves to implementing rules. */\nexport type Pending =${union(monetary.map(pending))};\n`,
    `/** A measure that applies but pays no computable amount. */\nexport type NonMonetary =${union(nonMonetary.map((p) => `{ ${where(p)} reason: string }`))};\n`,
    `/** The outcome of the policy for one applicant. */\nexport interface Result {\n  policy: ${str(ir.id)};\n  inForce: boolean;\n  applicationDate?: string;\n  /** sum of the \`exact\` awards */\n  total: string;\n  /** total plus the ceilings of the \`up-to\` awards */\n  upToTotal: string;\n  awards: Award[];\n  pending: Pending[];\n  nonMonetary: NonMonetary[];\n  /** eligible items that come to 0, each with its reason */\n  zeroAwards: ZeroAward[];\n  /** why each clause not paid (or paid less) was not: with \`evaluate(facts, { whyNot: true })\` */\n  notAwarded?: NotAwarded[];\n}\n`,
    `/** A clause (an item) not paid, or paid less, with the reasons: its article and clause typed. */\nexport type NotAwarded = Omit<ClauseNotAwarded, "article" | "clause"> & { article: ArticleNumber; clause: ClauseId };\n`,
    `/** What \`evaluate\` returns: the result, or why there is none (invalid facts, or a policy that cannot be evaluated). */\nexport type Outcome =\n  | { ok: true; result: Result }\n  | { ok: false; kind: "facts"; errors: FactsError[] }\n  | { ok: false; kind: "ir" | "eval"; errors: IrError[] };\n`,
  ].join("\n");
}
