import type {
  ArticleDecl,
  ArticleEntry,
  AwardExpr,
  ClauseDecl,
  ClauseEntry,
  Expr,
  Over,
  RuleEntry,
  StringLit,
} from "./ast.js";
import { end, printCase, printExpr, source } from "./format-expr.js";
import type { Writer } from "./format-writer.js";

/**
 * Articles and clauses: one entry per line, in the order written; the strings
 * of a `text` entry one per line, aligned under the first.
 */

export function writeArticle(w: Writer, a: ArticleDecl): void {
  w.begin(a.span.offset);
  w.write(`${a.added ? "new " : ""}article ${a.number.text} ${source(w.text, a.title.span)}`);
  w.block(w.openBrace(end(a.title.span)), end(a.span) - 1, a.entries.length === 0, () => {
    for (const e of a.entries) writeArticleEntry(w, e);
  });
  w.end(end(a.span));
}

function writeArticleEntry(w: Writer, e: ArticleEntry): void {
  switch (e.kind) {
    case "Text":
      return w.line(e.span.offset, text(w, e.parts), end(e.span));
    case "Units":
      return w.line(e.span.offset, `units ${e.values.map((v) => source(w.text, v.span)).join(", ")}`, end(e.span));
    case "TotalCap":
      return w.line(e.span.offset, `cap total ${printExpr(w.text, e.amount, cont(w))}`, end(e.span));
    case "Exclusive": {
      const reason = e.reason ? `${source(w.text, e.reason.span)} ` : "";
      const members = e.members.map((m) => m.name).join(", ");
      return w.line(e.span.offset, `exclusive ${reason}{ ${members} } keep highest`, end(e.span));
    }
    case "Budget": {
      const reason = e.reason ? ` ${source(w.text, e.reason.span)}` : "";
      return w.line(e.span.offset, `budget ${printExpr(w.text, e.amount, cont(w))}${reason}`, end(e.span));
    }
    case "Rule":
      return w.line(e.span.offset, rule(w, e), end(e.span));
    case "Clause":
      return writeClause(w, e);
    default:
      return assertNever(e);
  }
}

function rule(w: Writer, e: RuleEntry): string {
  return `rule ${source(w.text, e.title.span)}${e.number ? ` ${source(w.text, e.number.span)}` : ""}`;
}

const over = (o: Over | undefined): string =>
  o === undefined ? "" : o.years ? ` over ${o.years.text} years` : " over lifetime";
const reasonOf = (w: Writer, r: StringLit | undefined): string => (r ? ` ${source(w.text, r.span)}` : "");

const cont = (w: Writer): string => `${w.indentation}    `;

/** `text "…"` with the following strings on their own lines, aligned under the first. */
function text(w: Writer, parts: readonly StringLit[]): string {
  return `text ${parts.map((p) => source(w.text, p.span)).join(`\n${w.indentation}     `)}`;
}

function writeClause(w: Writer, c: ClauseDecl): void {
  const title = c.title ? ` ${source(w.text, c.title.span)}` : "";
  const each = c.forEach ? ` for each ${c.forEach.var.name} in ${c.forEach.list.name}` : "";
  const head = c.forEach?.span ?? c.title?.span ?? c.name.span;
  w.begin(c.span.offset);
  w.write(`clause ${c.name.name}${title}${each}`);
  w.block(w.openBrace(end(head)), end(c.span) - 1, c.entries.length === 0, () => {
    for (const e of c.entries) writeClauseEntry(w, e);
  });
  w.end(end(c.span));
}

function writeClauseEntry(w: Writer, e: ClauseEntry): void {
  const x = (expr: Parameters<typeof printExpr>[1]) => printExpr(w.text, expr, cont(w));
  const line = (content: string) => w.line(e.span.offset, content, end(e.span));
  switch (e.kind) {
    case "Text":
      return line(text(w, e.parts));
    case "When":
      return line(`when ${x(e.cond)}`);
    case "Award":
      return writeAward(w, e.upTo, e.award, e.span.offset, e.low);
    case "Cap":
      return line(`cap ${x(e.amount)}${over(e.over)}`);
    case "TotalCap":
      return line(`cap total ${x(e.amount)}${over(e.over)}`);
    case "Once":
      return line(`once${reasonOf(w, e.reason)}`);
    case "LessReceived":
      return line("less received");
    case "Pay": {
      const parts = e.instalments.map((i) => `${x(i.share)} on ${x(i.on)} ${source(w.text, i.label.span)}`);
      const broken = e.instalments.some((i, n) => n > 0 && w.text.slice(e.span.offset, i.span.offset).includes("\n"));
      return line(`pay ${parts.join(broken ? `,\n${w.indentation}    ` : ", ")}`);
    }
    case "Select": {
      const per = e.per ? ` per ${x(e.per)}` : "";
      const order = e.order ? ` ${e.order}` : "";
      return line(`select ${e.mode} ${e.count.text}${per} by ${x(e.by)}${order}${reasonOf(w, e.reason)}`);
    }
    case "OnePer":
      return line(`one per ${x(e.key)} keep highest${reasonOf(w, e.reason)}`);
    case "Rule":
      return line(rule(w, e));
    case "Uplift": {
      const order = e.order ? ` ${e.order} cap` : "";
      return line(`uplift ${x(e.rate)}${order}${e.when ? ` when ${x(e.when)}` : ""}`);
    }
    case "Funding":
      return line(`funded by ${e.payers.map((p) => `${p.name.name} ${p.share.text}`).join(", ")}`);
    case "NonMonetary":
      return line(`nonmonetary ${source(w.text, e.reason.span)}`);
    case "Stack":
      return line(`stack ${source(w.text, e.key.span)}`);
    default:
      return assertNever(e);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected entry ${JSON.stringify(x)}`);
}

/** `award [up to] …`; tiers and lookups open a block with one tier or case per line. */
function writeAward(w: Writer, upTo: boolean, a: AwardExpr, from: number, low: Expr | undefined): void {
  const x = (expr: Parameters<typeof printExpr>[1]) => printExpr(w.text, expr, cont(w));
  const head = `award ${upTo ? "up to " : ""}${low ? `${x(low)} to ` : ""}`;
  w.begin(from);
  switch (a.kind) {
    case "AwardAmount":
      w.write(`${head}${x(a.amount)}`);
      break;
    case "AwardRate":
      w.write(`${head}${x(a.rate)} of ${x(a.base)}`);
      break;
    case "AwardTiers":
      w.write(`${head}tiers of ${x(a.base)}${a.since ? ` new since ${x(a.since)}` : ""}`);
      w.block(w.openBrace(end((a.since ?? a.base).span)), end(a.span) - 1, false, () => {
        for (const t of a.tiers) w.line(t.span.offset, `at least ${x(t.atLeast)}: ${x(t.amount)}`, end(t.span));
      });
      break;
    case "AwardLookup":
      w.write(`${head}by ${x(a.key)}`);
      w.block(w.openBrace(end(a.key.span)), end(a.span) - 1, false, () => {
        for (const c of a.cases) w.line(c.span.offset, printCase(w.text, c, cont(w)), end(c.span));
        if (a.otherwise)
          w.line(w.tokenBefore(a.otherwise.span.offset, 2), `otherwise: ${x(a.otherwise)}`, end(a.otherwise.span));
      });
      break;
  }
  w.end(end(a.span));
}
