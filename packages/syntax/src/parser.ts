import type { CstNode, IRecognitionException, IToken } from "chevrotain";
import { MAX_DIAGNOSTICS, TooManyErrors } from "./limits.js";
import { trackStartAndEndOffset } from "./node-locations.js";
import { errorMessageProvider } from "./parse-errors.js";
import { LibraryParser } from "./parser-library.js";
import {
  chevrotainInRuleRecovery,
  chevrotainSaveError,
  tryInRepetitionRecovery,
  withKeywordReplacement,
} from "./recovery.js";
import {
  Colon,
  Comma,
  DateLiteral,
  Equals,
  Identifier,
  Kw,
  LCurly,
  LParen,
  NumberLiteral,
  RCurly,
  RParen,
  StringLiteral,
} from "./tokens.js";

const HEADER_KEYWORDS = new Set(["title", "issuer", "issued", "source", "valid", "stacking", "rounding"]);
const SCALARS = ["money", "percent", "number", "integer", "boolean", "date", "string"] as const;

declare const SUBSIDIA_PRODUCTION: boolean | undefined;

/**
 * The declarations half of the grammar (docs/language.md): header, inputs,
 * parameters and articles. It extends the parsers of tests, clauses and
 * expressions. One shared instance: `parser`.
 */
export class SubsidiaParser extends LibraryParser {
  constructor() {
    // Chevrotain's grammar checks run in development and tests; a production bundle defines
    // SUBSIDIA_PRODUCTION (esbuild `define`) to skip them, about half of the parser's start-up
    const skipValidations = typeof SUBSIDIA_PRODUCTION !== "undefined" && SUBSIDIA_PRODUCTION;
    super({ recoveryEnabled: true, nodeLocationTracking: "full", errorMessageProvider, skipValidations });
    // the tokens carry only their start (tokens.ts): node locations from it and the image
    trackStartAndEndOffset(this);
    this.performSelfAnalysis();
  }

  /** Skips whole bracketed groups when recovering inside a block (see recovery.ts). */
  protected tryInRepetitionRecovery = tryInRepetitionRecovery;

  /** Reads a misspelt keyword (`for eech`) as the keyword it resembles, so that one typo gives one error (see recovery.ts). */
  protected tryInRuleRecovery = withKeywordReplacement(chevrotainInRuleRecovery);

  /** Stops the parse once as many errors are reported as a file may list (limits.ts): recovery stays bounded. */
  protected SAVE_ERROR = function (this: SubsidiaParser, e: IRecognitionException): IRecognitionException {
    const saved = chevrotainSaveError.call(this, e);
    if (this.errors.length > MAX_DIAGNOSTICS) throw new TooManyErrors();
    return saved;
  };

  /**
   * Told of the items parsed so far, as each top-level item ends; it may take them out of the
   * file's CST (see `parse`: a large file is then never held whole as a CST).
   */
  onItems: ((items: CstNode[]) => void) | undefined;

  file = this.RULE("file", () => {
    this.OPTION(() => this.SUBRULE(this.header));
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.inputDecl, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.paramDecl, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.articleDecl, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.testDecl, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.usesDecl, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.addedItem, { LABEL: "item" }) },
        { ALT: () => this.SUBRULE(this.removeDecl, { LABEL: "item" }) },
      ]);
      this.ACTION(() => {
        const items = this.currentNode().children["item"];
        if (this.onItems && items) this.onItems(items as CstNode[]);
      });
    });
  });

  /**
   * In an amendment (docs/library.md), what the policy does not have yet: `new article 12 "…" { … }`,
   * `new input exportSales: money "…"`, `new param exportRate: percent = 5% "…"`.
   */
  addedItem = this.RULE("addedItem", () => {
    this.CONSUME(Kw.new, { LABEL: "added" });
    this.OR([
      { ALT: () => this.SUBRULE(this.articleDecl) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.paramDecl) },
    ]);
  });

  /** In an amendment: `remove article 9 "…"`, `remove clause name of article 4 "…"` (docs/library.md) */
  removeDecl = this.RULE("removeDecl", () => {
    this.CONSUME(Kw.remove);
    this.OPTION(() => {
      this.CONSUME(Kw.clause);
      this.CONSUME(Identifier, { LABEL: "clauseName" });
      this.CONSUME(Kw.of);
    });
    this.CONSUME(Kw.article);
    this.CONSUME(NumberLiteral, { LABEL: "articleNumber" });
    this.OPTION2(() => this.CONSUME(StringLiteral, { LABEL: "reason" }));
  });

  /** The CST node of the rule being parsed (Chevrotain 11's tree builder: keep the versions pinned). */
  private currentNode(): CstNode {
    const stack = (this as unknown as { CST_STACK: CstNode[] }).CST_STACK;
    return stack[stack.length - 1]!;
  }

  header = this.RULE("header", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.policy);
          this.CONSUME(StringLiteral, { LABEL: "id" });
        },
      },
      { ALT: () => this.SUBRULE(this.libraryHead) },
    ]);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.headerEntry));
    this.CONSUME(RCurly);
  });

  headerEntry = this.RULE("headerEntry", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.title, { LABEL: "key" });
          this.CONSUME(StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.issuer, { LABEL: "key" });
          this.CONSUME2(StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.issued, { LABEL: "key" });
          this.CONSUME(DateLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.source, { LABEL: "key" });
          this.CONSUME3(StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.valid, { LABEL: "key" });
          this.CONSUME(Kw.from);
          this.CONSUME2(DateLiteral, { LABEL: "fromDate" });
          this.CONSUME(Kw.to);
          this.CONSUME3(DateLiteral, { LABEL: "toDate" });
          this.OPTION(() => {
            this.CONSUME(Kw.on);
            this.CONSUME(Identifier);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.stacking, { LABEL: "key" });
          this.SUBRULE(this.name);
          this.OPTION2(() => this.CONSUME4(StringLiteral));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.rounding, { LABEL: "key" });
          this.CONSUME(NumberLiteral);
          // `half up`: mode words run until the next header entry or `}`
          this.AT_LEAST_ONE({ GATE: () => !isHeaderKeyword(this.LA(1)), DEF: () => this.SUBRULE2(this.name) });
        },
      },
    ]);
  });

  /** `input name: TYPE "doc"` (named `inputDecl`: `input` is taken by the parser API) */
  inputDecl = this.RULE("inputDecl", () => {
    this.CONSUME(Kw.input);
    this.SUBRULE(this.field);
  });

  /** `name: TYPE "doc"`; the doc string is parsed inside `type`, as in the grammar. */
  field = this.RULE("field", () => {
    this.SUBRULE(this.name);
    this.CONSUME(Colon);
    this.SUBRULE(this.type);
  });

  type = this.RULE("type", () => {
    this.OPTION(() => this.CONSUME(Kw.optional));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.awards, { LABEL: "typeName" });
          this.OPTION6(() => this.CONSUME6(StringLiteral, { LABEL: "doc" }));
        },
      },
      {
        ALT: () => {
          this.OPTION7(() => this.CONSUME(Kw.history));
          this.OR2(SCALARS.map((s) => ({ ALT: () => this.CONSUME(Kw[s], { LABEL: "typeName" }) })));
          // `money in USD`: an amount in another currency
          this.OPTION8(() => {
            this.CONSUME(Kw.in);
            this.CONSUME(Identifier, { LABEL: "currency" });
          });
          this.OPTION5(() => {
            this.CONSUME2(Kw.from, { LABEL: "rangeFrom" });
            this.CONSUME(NumberLiteral, { LABEL: "min" });
            this.CONSUME2(Kw.to);
            this.CONSUME2(NumberLiteral, { LABEL: "max" });
          });
          this.OPTION2(() => this.CONSUME(StringLiteral, { LABEL: "doc" }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.enum, { LABEL: "typeName" });
          this.CONSUME(LParen);
          this.CONSUME2(StringLiteral, { LABEL: "members" });
          this.MANY(() => {
            this.CONSUME(Comma);
            this.CONSUME3(StringLiteral, { LABEL: "members" });
          });
          this.CONSUME(RParen);
          this.OPTION3(() => this.CONSUME4(StringLiteral, { LABEL: "doc" }));
        },
      },
      {
        ALT: () => {
          this.OR3([
            { ALT: () => this.CONSUME(Kw.record, { LABEL: "typeName" }) },
            { ALT: () => this.CONSUME(Kw.list, { LABEL: "typeName" }) },
          ]);
          this.OPTION4(() => this.CONSUME5(StringLiteral, { LABEL: "doc" }));
          this.CONSUME(LCurly);
          this.MANY2(() => this.SUBRULE(this.field, { LABEL: "fields" }));
          this.CONSUME(RCurly);
        },
      },
    ]);
  });

  paramDecl = this.RULE("paramDecl", () => {
    this.CONSUME(Kw.param);
    this.CONSUME(Identifier);
    this.CONSUME(Colon);
    this.SUBRULE(this.name, { LABEL: "type" });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Equals);
          this.SUBRULE(this.paramValue, { LABEL: "values" });
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE2(this.paramValue, { LABEL: "values" });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.pending);
          this.CONSUME(StringLiteral, { LABEL: "pendingReason" });
        },
      },
    ]);
    this.OPTION(() => this.CONSUME2(StringLiteral, { LABEL: "doc" }));
  });

  /**
   * `100万元` or `200万元 from 2027-01-01 "…"` (the grammar requires `from` after the first value; the compiler
   * checks it). The string is the value's own cited text; after the last value it is the parameter's (cst-to-ast).
   */
  paramValue = this.RULE("paramValue", () => {
    this.SUBRULE(this.expr);
    this.OPTION(() => {
      this.CONSUME(Kw.from);
      this.CONSUME(DateLiteral);
    });
    this.OPTION2(() => this.CONSUME(StringLiteral, { LABEL: "cited" }));
  });

  articleDecl = this.RULE("articleDecl", () => {
    this.CONSUME(Kw.article);
    this.CONSUME(NumberLiteral);
    this.CONSUME(StringLiteral);
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.textEntry, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.unitsEntry, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.articleCap, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.clauseDecl, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.exclusiveEntry, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.budgetEntry, { LABEL: "entry" }) },
        { ALT: () => this.SUBRULE(this.ruleEntry, { LABEL: "entry" }) },
      ]);
    });
    this.CONSUME(RCurly);
  });

  unitsEntry = this.RULE("unitsEntry", () => {
    this.CONSUME(Kw.units);
    this.CONSUME(StringLiteral);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(StringLiteral);
    });
  });

  articleCap = this.RULE("articleCap", () => {
    this.CONSUME(Kw.cap);
    this.CONSUME(Kw.total);
    this.SUBRULE(this.expr);
  });

  /** `exclusive "同一项目不重复享受" { a, b } keep highest` */
  exclusiveEntry = this.RULE("exclusiveEntry", () => {
    this.CONSUME(Kw.exclusive);
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "reason" }));
    this.CONSUME(LCurly);
    this.CONSUME(Identifier, { LABEL: "members" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Identifier, { LABEL: "members" });
    });
    this.CONSUME(RCurly);
    this.CONSUME(Kw.keep);
    this.CONSUME(Kw.highest);
  });

  /** `budget 5000万元 "年度资金总额不超过5000万元"` */
  budgetEntry = this.RULE("budgetEntry", () => {
    this.CONSUME(Kw.budget);
    this.SUBRULE(this.expr, { LABEL: "amount" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "reason" }));
  });
}

function isHeaderKeyword(token: IToken): boolean {
  return HEADER_KEYWORDS.has(token.tokenType.name);
}

/** The one parser instance; `parse()` feeds it tokens. */
export const parser = new SubsidiaParser();
