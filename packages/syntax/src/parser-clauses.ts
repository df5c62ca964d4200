import { ExpressionParser } from "./parser-expressions.js";
import { Colon, Comma, Identifier, Kw, LCurly, NumberLiteral, RCurly, StringLiteral } from "./tokens.js";

/**
 * Clauses, their entries and award values (docs/language.md, `clause`,
 * `clauseEntry` and `awardValue`). Each entry starts with its own keyword, so
 * one token decides.
 */
export class ClauseParser extends ExpressionParser {
  /** `clause NAME "TITLE" for each VAR in LIST { ENTRIES }` */
  clauseDecl = this.RULE("clauseDecl", () => {
    this.CONSUME(Kw.clause);
    this.CONSUME(Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(StringLiteral));
    this.OPTION2(() => {
      this.CONSUME(Kw.for);
      this.CONSUME(Kw.each);
      this.CONSUME2(Identifier, { LABEL: "var" });
      this.CONSUME(Kw.in);
      this.CONSUME3(Identifier, { LABEL: "list" });
    });
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.clauseEntry, { LABEL: "entry" }));
    this.CONSUME(RCurly);
  });

  clauseEntry = this.RULE("clauseEntry", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.textEntry) },
      {
        ALT: () => {
          this.CONSUME(Kw.when);
          this.SUBRULE(this.expr, { LABEL: "cond" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.award);
          this.OPTION(() => {
            this.CONSUME(Kw.up);
            this.CONSUME(Kw.to);
          });
          this.SUBRULE(this.awardValue);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.cap);
          this.OPTION2(() => this.CONSUME(Kw.total));
          this.SUBRULE2(this.expr, { LABEL: "amount" });
        },
      },
      { ALT: () => this.SUBRULE(this.upliftEntry) },
      { ALT: () => this.SUBRULE(this.funding) },
      {
        ALT: () => {
          this.CONSUME(Kw.nonmonetary);
          this.CONSUME(StringLiteral, { LABEL: "reason" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.stack);
          this.CONSUME2(StringLiteral, { LABEL: "key" });
        },
      },
    ]);
  });

  /** `text "…" "…"` (also an article entry) */
  textEntry = this.RULE("textEntry", () => {
    this.CONSUME(Kw.text);
    this.AT_LEAST_ONE(() => this.CONSUME(StringLiteral));
  });

  /** `uplift 50% after cap when p.nationalPilotPlatform`; a `when` right after an uplift belongs to it */
  upliftEntry = this.RULE("upliftEntry", () => {
    this.CONSUME(Kw.uplift);
    this.SUBRULE(this.expr, { LABEL: "rate" });
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(Kw.before, { LABEL: "order" }) },
        { ALT: () => this.CONSUME(Kw.after, { LABEL: "order" }) },
      ]);
      this.CONSUME(Kw.cap);
    });
    this.OPTION2(() => {
      this.CONSUME(Kw.when);
      this.SUBRULE2(this.expr, { LABEL: "cond" });
    });
  });

  /** `funded by province 1, city 1` */
  funding = this.RULE("funding", () => {
    this.CONSUME(Kw.funded);
    this.CONSUME(Kw.by);
    this.SUBRULE(this.name, { LABEL: "payer" });
    this.CONSUME(NumberLiteral, { LABEL: "share" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.name, { LABEL: "payer" });
      this.CONSUME2(NumberLiteral, { LABEL: "share" });
    });
  });

  awardValue = this.RULE("awardValue", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.tiersAward) },
      { ALT: () => this.SUBRULE(this.lookup) },
      {
        ALT: () => {
          this.SUBRULE(this.expr, { LABEL: "amount" });
          this.OPTION(() => {
            this.CONSUME(Kw.of);
            this.SUBRULE2(this.expr, { LABEL: "base" });
          });
        },
      },
    ]);
  });

  /** `tiers of BASE { at least X: A … }` */
  tiersAward = this.RULE("tiersAward", () => {
    this.CONSUME(Kw.tiers);
    this.CONSUME(Kw.of);
    this.SUBRULE(this.expr, { LABEL: "base" });
    this.CONSUME(LCurly);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.tier));
    this.CONSUME(RCurly);
  });

  tier = this.RULE("tier", () => {
    this.CONSUME(Kw.at);
    this.CONSUME(Kw.least);
    this.SUBRULE(this.expr, { LABEL: "atLeast" });
    this.CONSUME(Colon);
    this.SUBRULE2(this.expr, { LABEL: "amount" });
  });

  /** `by KEY { "a": A, 1: B, otherwise: C }` */
  lookup = this.RULE("lookup", () => {
    this.CONSUME(Kw.by);
    this.SUBRULE(this.expr, { LABEL: "key" });
    this.CONSUME(LCurly);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.lookupCase));
    this.OPTION(() => {
      this.CONSUME(Kw.otherwise);
      this.CONSUME(Colon);
      this.SUBRULE2(this.expr, { LABEL: "otherwise" });
    });
    this.CONSUME(RCurly);
  });

  lookupCase = this.RULE("lookupCase", () => {
    this.SUBRULE(this.literal, { LABEL: "match" });
    this.CONSUME(Colon);
    this.SUBRULE(this.expr, { LABEL: "amount" });
    this.OPTION(() => this.CONSUME(Comma));
  });
}
