import type { Article, InputField, Policy, PolicyTest } from "@subsidia/ir";
import type { ArticleDecl, TestDecl } from "@subsidia/syntax";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";

/**
 * How `compileAst` compiles an article or a test and validates the result, when
 * not afresh: the incremental checker (incremental/) reuses the parts an edit
 * left alone. Each hook must give what the default would.
 */
export interface CompileHooks {
  article?: ((ctx: Context, scope: Scope, decl: ArticleDecl) => Article) | undefined;
  test?:
    | ((ctx: Context, decl: TestDecl, clauseIds: ReadonlySet<string>, inputs: readonly InputField[]) => PolicyTest)
    | undefined;
  /** the policy's IR checked against its schema (`validatePolicy`) */
  validate?: ((policy: Policy) => Policy) | undefined;
  /** the texts of other files spliced into the tree, by file name (library/: amendments, vocabularies) */
  texts?: ReadonlyMap<string, string> | undefined;
  /** sees the policy as compiled, before validation, even when there are errors */
  draft?: ((policy: Policy) => void) | undefined;
}
