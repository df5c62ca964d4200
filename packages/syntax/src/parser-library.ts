import { TestParser } from "./parser-tests.js";
import { Kw, StringLiteral } from "./tokens.js";

/**
 * The library's part of the grammar (docs/library.md): the heads of the files that are not
 * policies, and `uses`. An implementing rule, an amendment and a vocabulary share the
 * policy's header block (`{ title … issuer … valid … }`); only the head differs:
 *
 *     rule "id" implements "policy-id" { … }
 *     amendment "id" amends "policy-id" { … }
 *     vocabulary "id" { … }
 *     uses "vocabulary-id"
 */
export class LibraryParser extends TestParser {
  libraryHead = this.RULE("libraryHead", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.rule, { LABEL: "role" });
          this.CONSUME(StringLiteral, { LABEL: "id" });
          this.CONSUME(Kw.implements);
          this.CONSUME2(StringLiteral, { LABEL: "target" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.amendment, { LABEL: "role" });
          this.CONSUME3(StringLiteral, { LABEL: "id" });
          this.CONSUME(Kw.amends);
          this.CONSUME4(StringLiteral, { LABEL: "target" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.vocabulary, { LABEL: "role" });
          this.CONSUME5(StringLiteral, { LABEL: "id" });
        },
      },
    ]);
  });

  /** `uses "enterprise"`: the inputs of a shared fact vocabulary, declared once for many policies */
  usesDecl = this.RULE("usesDecl", () => {
    this.CONSUME(Kw.uses);
    this.CONSUME(StringLiteral, { LABEL: "vocabulary" });
  });
}
