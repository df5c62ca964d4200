import type { Policy } from "@subsidia/ir";
import { createIncrementalParser, hasErrors, type PolicyFile } from "@subsidia/syntax";
import { compileAst, sortDiagnostics, type CompileResult } from "../compile.js";
import { ReuseHooks } from "./reuse-hooks.js";

export interface CheckResult extends CompileResult {
  /** the parsed file, as `parse` gives it */
  ast: PolicyFile;
  /**
   * The policy as compiled, whatever the errors (with `draft: true`): editors read
   * names, types and cited text from it while the file does not compile. Absent
   * when the file could not be read at all.
   */
  draft?: Policy | undefined;
}

export interface IncrementalChecker {
  /** Checks the file's new text: the diagnostics and IR of `compile(text, file)`, exactly. */
  check(text: string): CheckResult;
}

/**
 * Checks successive versions of one file, as an editor sends them, redoing only
 * what an edit changed: the parse starts and stops at the items around the edit
 * (`createIncrementalParser`), and the articles and tests it did not touch are
 * not compiled again. A result shares objects with the next one and is changed
 * by it (what moved is moved in place): read it before the next check, or copy it.
 */
export function createIncrementalChecker(file: string, options: { draft?: boolean } = {}): IncrementalChecker {
  const parser = createIncrementalParser(file);
  const reuse = new ReuseHooks();
  let last: { text: string; result: CheckResult } | undefined;
  return {
    check(text: string): CheckResult {
      if (last?.text === text) return last.result;
      const { ast, diagnostics, moved } = parser.parse(text);
      reuse.articles.move(moved);
      reuse.tests.move(moved);
      reuse.begin(ast);
      let draft: Policy | undefined;
      const hooks = reuse.hooks(options.draft ? (p) => (draft = p) : undefined);
      let result: CheckResult;
      if (hasErrors(diagnostics)) {
        // as `compile`: syntax errors only; the compiled parts are kept for when the text reads again
        if (options.draft) {
          compileAst(ast, text, file, hooks);
          reuse.finish();
        }
        result = { ast, diagnostics: sortDiagnostics(diagnostics), draft };
      } else {
        const out = compileAst(ast, text, file, hooks);
        reuse.finish();
        result = { ...out, ast, diagnostics: sortDiagnostics([...diagnostics, ...out.diagnostics]), draft };
      }
      last = { text, result };
      return result;
    },
  };
}
