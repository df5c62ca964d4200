import type { Expectation, InputField, PolicyTest } from "@subsidia/ir";
import type { Expr, TestDecl, Value } from "@subsidia/syntax";
import { articleNumber } from "./compile-article.js";
import { checkTestFacts } from "./compile-test-facts.js";
import type { Context } from "./context.js";
import { closest, didYouMean } from "./suggest.js";

/** Turns a facts value written in the policy into plain JSON (money as decimal strings in yuan). */
export function valueToJson(ctx: Context, v: Value): unknown {
  switch (v.kind) {
    case "Object":
      return Object.fromEntries(
        v.entries.map((e) => [e.key.kind === "Ident" ? e.key.name : e.key.value, valueToJson(ctx, e.value)]),
      );
    case "Array":
      return v.items.map((i) => valueToJson(ctx, i));
    case "Money":
      return v.yuan;
    case "Percent":
      return v.text.replace(/^\+/, "");
    case "Number":
      return /^\d{1,15}$/.test(v.value) ? Number(v.value) : v.value;
    case "Date":
    case "String":
    case "Boolean":
      return v.value;
  }
}

function amountOf(ctx: Context, e: Expr): string {
  if (e.kind === "Money") return e.yuan;
  if (e.kind === "Number") return e.value;
  ctx.report("T007.expectedAmount", e.span, { src: ctx.src(e.span) });
  return "0";
}

export function compileTest(
  ctx: Context,
  t: TestDecl,
  clauseIds: ReadonlySet<string>,
  inputs: readonly InputField[],
): PolicyTest {
  checkTestFacts(ctx, t.facts, inputs);
  const clause = (id: { name: string; span: TestDecl["span"] }) => {
    if (!clauseIds.has(id.name)) {
      const s = closest(id.name, clauseIds);
      ctx.report("N009.clause", id.span, { name: id.name, hint: didYouMean(s) }, { suggestion: s });
    }
    return id.name;
  };
  const expects: Expectation[] = t.expects.map((x): Expectation => {
    const span = ctx.span(x.span);
    switch (x.kind) {
      case "ExpectTotal":
        return { kind: x.upTo ? "upToTotal" : "total", amount: amountOf(ctx, x.amount), span };
      case "ExpectArticle":
        return { kind: "article", article: articleNumber(ctx, x.article), amount: amountOf(ctx, x.amount), span };
      case "ExpectAward":
        return {
          kind: "award",
          clause: clause(x.clause),
          ...(x.item ? { item: x.item.value } : {}),
          amount: amountOf(ctx, x.amount),
          span,
        };
      case "ExpectPending":
        return { kind: "pending", clause: clause(x.clause), span };
      case "ExpectNoAward":
        return {
          kind: "noAward",
          ...(x.clause ? { clause: clause(x.clause) } : {}),
          ...(x.item ? { item: x.item.value } : {}),
          span,
        };
      case "ExpectInForce":
        return { kind: "inForce", value: x.value, span };
      case "ExpectInvalid":
        return { kind: "invalidFacts", path: x.path.value, span };
    }
  });
  return {
    name: t.name.value,
    facts: valueToJson(ctx, t.facts) as Record<string, unknown>,
    expects,
    span: ctx.span(t.span),
  };
}
