import type { Expect, TestDecl } from "./ast.js";
import { end, printExpr, source } from "./format-expr.js";
import { writeValue } from "./format-values.js";
import type { Writer } from "./format-writer.js";

/** `test "name" { facts { … } expect … }`: the facts, then one expectation per line. */
export function writeTest(w: Writer, t: TestDecl): void {
  w.begin(t.span.offset);
  w.write(`test ${source(w.text, t.name.span)}`);
  w.block(w.openBrace(end(t.name.span)), end(t.span) - 1, false, () => {
    w.begin(w.tokenBefore(t.facts.span.offset));
    w.write("facts ");
    writeValue(w, t.facts);
    w.end(end(t.facts.span));
    for (const x of t.expects) w.line(x.span.offset, expectation(w, x), end(x.span));
  });
  w.end(end(t.span));
}

function expectation(w: Writer, x: Expect): string {
  const amount = (e: Parameters<typeof printExpr>[1]) => printExpr(w.text, e, `${w.indentation}    `);
  const item = (i: { span: Expect["span"] } | undefined) => (i ? ` for ${source(w.text, i.span)}` : "");
  switch (x.kind) {
    case "ExpectTotal":
      return `expect ${x.upTo ? "up to " : ""}total = ${amount(x.amount)}`;
    case "ExpectArticle":
      return `expect article ${x.article.text} = ${amount(x.amount)}`;
    case "ExpectAward":
      return `expect award ${x.clause.name}${item(x.item)} = ${amount(x.amount)}`;
    case "ExpectPending":
      return `expect pending ${x.clause.name}`;
    case "ExpectNoAward":
      return `expect no award${x.clause ? ` ${x.clause.name}${item(x.item)}` : ""}`;
    case "ExpectInForce":
      return `expect ${x.value ? "" : "not "}in force`;
    case "ExpectInvalid":
      return `expect invalid ${source(w.text, x.path.span)}`;
  }
}
