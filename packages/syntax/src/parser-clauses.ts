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
    this.OR(
      (this.alternatives.clauseEntry ??= [
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
            this.OPTION3(() => this.SUBRULE(this.overWindow));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.once);
            this.OPTION4(() => this.CONSUME3(StringLiteral, { LABEL: "onceReason" }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.less);
            this.CONSUME(Kw.received);
          },
        },
        { ALT: () => this.SUBRULE(this.payEntry) },
        { ALT: () => this.SUBRULE(this.selectEntry) },
        {
          ALT: () => {
            this.CONSUME(Kw.one);
            this.CONSUME(Kw.per);
            this.SUBRULE3(this.expr, { LABEL: "onePer" });
            this.CONSUME(Kw.keep);
            this.CONSUME(Kw.highest);
            this.OPTION5(() => this.CONSUME4(StringLiteral, { LABEL: "oneReason" }));
          },
        },
        { ALT: () => this.SUBRULE(this.ruleEntry) },
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
      ]),
    );
  });

  /** `over lifetime`, `over 3 years` */
  overWindow = this.RULE("overWindow", () => {
    this.CONSUME(Kw.over);
    this.OR([
      { ALT: () => this.CONSUME(Kw.lifetime) },
      {
        ALT: () => {
          this.CONSUME(NumberLiteral, { LABEL: "years" });
          this.CONSUME(Kw.years);
        },
      },
    ]);
  });

  /** `pay 40% on p.approved "立项后", 60% on p.accepted "验收后"` */
  payEntry = this.RULE("payEntry", () => {
    this.CONSUME(Kw.pay);
    this.SUBRULE(this.instalment);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.instalment);
    });
  });

  instalment = this.RULE("instalment", () => {
    this.SUBRULE(this.expr, { LABEL: "share" });
    this.CONSUME(Kw.on);
    this.SUBRULE2(this.expr, { LABEL: "on" });
    this.CONSUME(StringLiteral, { LABEL: "label" });
  });

  /** `select top 5 per p.category by p.score descending "每类择优支持不超过5个"` */
  selectEntry = this.RULE("selectEntry", () => {
    this.CONSUME(Kw.select);
    this.OR([
      { ALT: () => this.CONSUME(Kw.top, { LABEL: "mode" }) },
      { ALT: () => this.CONSUME(Kw.first, { LABEL: "mode" }) },
    ]);
    this.CONSUME(NumberLiteral, { LABEL: "count" });
    this.OPTION2(() => {
      this.CONSUME(Kw.per);
      this.SUBRULE2(this.expr, { LABEL: "per" });
    });
    this.CONSUME(Kw.by);
    this.SUBRULE(this.expr, { LABEL: "by" });
    this.OPTION(() => {
      this.OR2([
        { ALT: () => this.CONSUME(Kw.descending, { LABEL: "order" }) },
        { ALT: () => this.CONSUME(Kw.ascending, { LABEL: "order" }) },
      ]);
    });
    this.OPTION3(() => this.CONSUME(StringLiteral, { LABEL: "reason" }));
  });

  /** `rule "《…管理办法》" "文号"` (also an article entry) */
  ruleEntry = this.RULE("ruleEntry", () => {
    this.CONSUME(Kw.rule);
    this.CONSUME(StringLiteral, { LABEL: "title" });
    this.OPTION(() => this.CONSUME2(StringLiteral, { LABEL: "number" }));
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
      {
        ALT: () => {
          this.SUBRULE(this.expr, { LABEL: "amount" });
          this.OPTION2(() => {
            this.CONSUME(Kw.to);
            this.SUBRULE3(this.expr, { LABEL: "high" });
          });
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
    this.OPTION(() => {
      this.CONSUME(Kw.new);
      this.CONSUME(Kw.since);
      this.SUBRULE2(this.expr, { LABEL: "since" });
    });
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
}
