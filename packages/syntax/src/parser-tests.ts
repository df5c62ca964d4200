import { ClauseParser } from "./parser-clauses.js";
import {
  Colon,
  Comma,
  Equals,
  Identifier,
  Kw,
  LBracket,
  LCurly,
  NumberLiteral,
  RBracket,
  RCurly,
  StringLiteral,
} from "./tokens.js";

/**
 * Embedded tests (docs/language.md, `test`, `object`, `value`, `expect`):
 * facts written as an object, then expectations.
 */
export class TestParser extends ClauseParser {
  testDecl = this.RULE("testDecl", () => {
    this.CONSUME(Kw.test);
    this.CONSUME(StringLiteral);
    this.CONSUME(LCurly);
    this.CONSUME(Kw.facts);
    this.SUBRULE(this.object);
    this.MANY(() => this.SUBRULE(this.expectation));
    this.CONSUME(RCurly);
  });

  object = this.RULE("object", () => {
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.objectEntry, { LABEL: "entry" }));
    this.CONSUME(RCurly);
  });

  /** `key: value,` where the key is any name or a string */
  objectEntry = this.RULE("objectEntry", () => {
    this.OR(
      (this.alternatives.objectEntry ??= [
        { ALT: () => this.SUBRULE(this.name, { LABEL: "key" }) },
        { ALT: () => this.CONSUME(StringLiteral, { LABEL: "key" }) },
      ]),
    );
    this.CONSUME(Colon);
    this.SUBRULE(this.value);
    this.OPTION(() => this.CONSUME(Comma));
  });

  value = this.RULE("value", () => {
    this.OR(
      (this.alternatives.value ??= [
        { ALT: () => this.SUBRULE(this.literal) },
        { ALT: () => this.SUBRULE(this.object) },
        { ALT: () => this.SUBRULE(this.array) },
      ]),
    );
  });

  array = this.RULE("array", () => {
    this.CONSUME(LBracket);
    this.MANY(() => {
      this.SUBRULE(this.value, { LABEL: "items" });
      this.OPTION(() => this.CONSUME(Comma));
    });
    this.CONSUME(RBracket);
  });

  expectation = this.RULE("expectation", () => {
    this.CONSUME(Kw.expect);
    this.OR(
      (this.alternatives.expectation ??= [
        {
          ALT: () => {
            this.OPTION(() => {
              this.CONSUME(Kw.up);
              this.CONSUME(Kw.to);
            });
            this.CONSUME(Kw.total);
            this.CONSUME(Equals);
            this.SUBRULE(this.expr, { LABEL: "amount" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.article);
            this.CONSUME(NumberLiteral);
            this.CONSUME2(Equals);
            this.SUBRULE2(this.expr, { LABEL: "amount" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.award);
            this.CONSUME(Identifier, { LABEL: "clause" });
            this.OPTION2(() => {
              this.CONSUME(Kw.for);
              this.CONSUME(StringLiteral, { LABEL: "item" });
            });
            this.CONSUME3(Equals);
            this.SUBRULE3(this.expr, { LABEL: "amount" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.no);
            this.CONSUME2(Kw.award);
            this.OPTION3(() => {
              this.CONSUME2(Identifier, { LABEL: "clause" });
              this.OPTION4(() => {
                this.CONSUME2(Kw.for);
                this.CONSUME2(StringLiteral, { LABEL: "item" });
              });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.pending);
            this.CONSUME3(Identifier, { LABEL: "clause" });
          },
        },
        {
          ALT: () => {
            this.OPTION5(() => this.CONSUME(Kw.not));
            this.CONSUME(Kw.in);
            this.CONSUME(Kw.force);
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.invalid);
            this.CONSUME3(StringLiteral, { LABEL: "path" });
          },
        },
      ]),
    );
  });
}
