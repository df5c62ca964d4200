import {
  CstParser,
  type IOrAlt,
  type IParserConfig,
  type IRecognitionException,
  MismatchedTokenException,
} from "chevrotain";
import { CASE_WITHOUT_AMOUNT } from "./parse-errors.js";
import {
  allTokens,
  Comma,
  DateLiteral,
  Dot,
  Equals,
  Greater,
  GreaterEq,
  Identifier,
  Kw,
  LBracket,
  Less,
  LessEq,
  LParen,
  Minus,
  MoneyLiteral,
  Name,
  NotEq,
  NumberLiteral,
  PercentLiteral,
  Plus,
  LCurly,
  RCurly,
  Colon,
  RBracket,
  RParen,
  Slash,
  Star,
  StringLiteral,
} from "./tokens.js";

/**
 * The expression half of the grammar (docs/language.md, `expr` to `literal`),
 * and the `name` rule. Operators carry the CST label `op` so that a visitor
 * reads operands and operators in source order.
 */
export class ExpressionParser extends CstParser {
  constructor(config: IParserConfig) {
    super(allTokens, config);
  }

  /**
   * The alternatives of the busiest rules' `OR`, made on a rule's first call and kept: made afresh
   * on every call (an array, and an object and a closure per alternative, for every literal, value
   * and entry of a file) they were an eighth of all that parsing allocates. The closures only call
   * this parser's methods, so one set serves every parse.
   */
  protected readonly alternatives: Record<string, IOrAlt<unknown>[]> = {};

  /** An identifier or any keyword: field names, path segments, object keys. */
  name = this.RULE("name", () => {
    this.CONSUME(Name);
  });

  literal = this.RULE("literal", () => {
    this.OR(
      (this.alternatives.literal ??= [
        { ALT: () => this.CONSUME(MoneyLiteral) },
        { ALT: () => this.CONSUME(PercentLiteral) },
        { ALT: () => this.CONSUME(NumberLiteral) },
        { ALT: () => this.CONSUME(DateLiteral) },
        { ALT: () => this.CONSUME(StringLiteral) },
        { ALT: () => this.CONSUME(Kw.true) },
        { ALT: () => this.CONSUME(Kw.false) },
      ]),
    );
  });

  /** `if c then a else b` (an `else if` chains) or an `or` expression */
  expr = this.RULE("expr", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.if);
          this.SUBRULE(this.expr, { LABEL: "cond" });
          this.CONSUME(Kw.then);
          this.SUBRULE2(this.expr, { LABEL: "then" });
          this.CONSUME(Kw.else);
          this.SUBRULE3(this.expr, { LABEL: "else" });
        },
      },
      { ALT: () => this.SUBRULE(this.orExpr) },
    ]);
  });

  orExpr = this.RULE("orExpr", () => {
    this.SUBRULE(this.andExpr, { LABEL: "operand" });
    this.MANY(() => {
      this.CONSUME(Kw.or, { LABEL: "op" });
      this.SUBRULE2(this.andExpr, { LABEL: "operand" });
    });
  });

  andExpr = this.RULE("andExpr", () => {
    this.SUBRULE(this.notExpr, { LABEL: "operand" });
    this.MANY(() => {
      this.CONSUME(Kw.and, { LABEL: "op" });
      this.SUBRULE2(this.notExpr, { LABEL: "operand" });
    });
  });

  notExpr = this.RULE("notExpr", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.not, { LABEL: "op" });
          this.SUBRULE(this.notExpr, { LABEL: "operand" });
        },
      },
      { ALT: () => this.SUBRULE(this.cmpExpr, { LABEL: "operand" }) },
    ]);
  });

  /** `a >= b`, `x in ["a", "b"]`, `x is not given` */
  cmpExpr = this.RULE("cmpExpr", () => {
    this.SUBRULE(this.addExpr, { LABEL: "operand" });
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.OR2(
              [GreaterEq, Greater, LessEq, Less, Equals, NotEq].map((t) => ({
                ALT: () => this.CONSUME(t, { LABEL: "op" }),
              })),
            );
            this.SUBRULE2(this.addExpr, { LABEL: "operand" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.in);
            this.CONSUME(LBracket);
            this.SUBRULE(this.literal, { LABEL: "values" });
            this.MANY(() => {
              this.CONSUME(Comma);
              this.SUBRULE2(this.literal, { LABEL: "values" });
            });
            this.CONSUME(RBracket);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.is);
            this.OPTION2(() => this.CONSUME(Kw.not));
            this.CONSUME(Kw.given);
          },
        },
      ]);
    });
  });

  addExpr = this.RULE("addExpr", () => {
    this.SUBRULE(this.mulExpr, { LABEL: "operand" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Plus, { LABEL: "op" }) },
        { ALT: () => this.CONSUME(Minus, { LABEL: "op" }) },
      ]);
      this.SUBRULE2(this.mulExpr, { LABEL: "operand" });
    });
  });

  mulExpr = this.RULE("mulExpr", () => {
    this.SUBRULE(this.stepExpr, { LABEL: "operand" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Star, { LABEL: "op" }) },
        { ALT: () => this.CONSUME(Slash, { LABEL: "op" }) },
      ]);
      this.SUBRULE2(this.stepExpr, { LABEL: "operand" });
    });
  });

  /** `5万元 per 10万美元 of x`, `20万元 per 10亿元 of x new since best`: whole steps */
  stepExpr = this.RULE("stepExpr", () => {
    this.SUBRULE(this.unaryExpr, { LABEL: "amount" });
    this.OPTION(() => {
      this.CONSUME(Kw.per);
      this.SUBRULE2(this.unaryExpr, { LABEL: "step" });
      this.CONSUME(Kw.of);
      this.SUBRULE3(this.unaryExpr, { LABEL: "of" });
      this.OPTION2(() => {
        this.CONSUME(Kw.new);
        this.CONSUME(Kw.since);
        this.SUBRULE4(this.unaryExpr, { LABEL: "since" });
      });
    });
  });

  unaryExpr = this.RULE("unaryExpr", () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(Minus, { LABEL: "op" }) },
            { ALT: () => this.CONSUME(Plus, { LABEL: "op" }) },
          ]);
          this.SUBRULE(this.unaryExpr, { LABEL: "operand" });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.primary, { LABEL: "operand" });
          this.OPTION(() => this.SUBRULE(this.dateUnit, { LABEL: "unit" }));
          // `p.investment at usdRate`: an amount in another currency converted to 元 (`at least` starts a tier)
          this.OPTION2({
            GATE: () => this.LA(2).tokenType !== Kw.least,
            DEF: () => {
              this.CONSUME(Kw.at, { LABEL: "at" });
              this.SUBRULE2(this.primary, { LABEL: "rate" });
            },
          });
        },
      },
    ]);
  });

  dateUnit = this.RULE("dateUnit", () => {
    this.OR([
      { ALT: () => this.CONSUME(Kw.years, { LABEL: "unit" }) },
      { ALT: () => this.CONSUME(Kw.months, { LABEL: "unit" }) },
      { ALT: () => this.CONSUME(Kw.days, { LABEL: "unit" }) },
    ]);
  });

  /** `by KEY { "a", "b": A, 1: B, otherwise: C }` */
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
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.literal, { LABEL: "match" });
    });
    // a key without its amount (`2` alone on its line) is one error at the key; the next case is read as usual
    let amount = false;
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.SUBRULE(this.expr, { LABEL: "amount" });
      amount = true;
    });
    this.ACTION(() => {
      // SAVE_ERROR is how Chevrotain records its own errors (not in its typings): the error is one of them,
      // counted, listed and cut at the limit like the others
      const saved = this as unknown as { SAVE_ERROR(e: IRecognitionException): void };
      if (!amount) saved.SAVE_ERROR(new MismatchedTokenException(CASE_WITHOUT_AMOUNT, this.LA(0), this.LA(0)));
    });
    this.OPTION2(() => this.CONSUME2(Comma));
  });

  /** A literal, a path `p.totalInvestment`, a call `min(a, b)`, `( expr )`, a lookup, `years between`, `award of`. */
  primary = this.RULE("primary", () => {
    this.OR(
      (this.alternatives.primary ??= [
        { ALT: () => this.SUBRULE(this.literal) },
        { ALT: () => this.SUBRULE(this.lookup) },
        {
          ALT: () => {
            this.SUBRULE(this.dateUnit, { LABEL: "between" });
            this.CONSUME(Kw.between);
            this.SUBRULE(this.addExpr, { LABEL: "from" });
            this.CONSUME(Kw.and);
            this.SUBRULE2(this.addExpr, { LABEL: "to" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.award);
            this.CONSUME(Kw.of);
            this.CONSUME2(Identifier, { LABEL: "clause" });
          },
        },
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(Identifier, { LABEL: "head" }) },
              { ALT: () => this.CONSUME(Kw.min, { LABEL: "head" }) },
              { ALT: () => this.CONSUME(Kw.max, { LABEL: "head" }) },
            ]);
            this.OR3([
              {
                ALT: () => {
                  this.CONSUME(LParen);
                  this.SUBRULE(this.expr, { LABEL: "args" });
                  this.MANY(() => {
                    this.CONSUME(Comma);
                    this.SUBRULE2(this.expr, { LABEL: "args" });
                  });
                  this.CONSUME(RParen);
                },
              },
              {
                ALT: () => {
                  this.MANY2(() => {
                    this.CONSUME(Dot);
                    this.SUBRULE(this.name, { LABEL: "parts" });
                  });
                },
              },
            ]);
          },
        },
        {
          ALT: () => {
            this.CONSUME2(LParen, { LABEL: "open" });
            this.SUBRULE3(this.expr, { LABEL: "inner" });
            this.CONSUME2(RParen, { LABEL: "close" });
          },
        },
      ]),
    );
  });
}
