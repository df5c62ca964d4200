import { Article, Policy, PolicyTest, type InputField, type Param } from "@subsidia/ir";
import type { ArticleDecl, Item, PolicyFile, TestDecl } from "@subsidia/syntax";
import { compileArticle } from "../compile-article.js";
import type { CompileHooks } from "../compile-hooks.js";
import { compileTest } from "../compile-tests.js";
import type { Context } from "../context.js";
import { Scope } from "../scope.js";
import { PartCache, type Part } from "./part-cache.js";

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

/**
 * Hooks for `compileAst` that reuse the articles and tests compiled before, when
 * their AST node is the same (or only moved) and what they depend on is too: the
 * inputs' names and types, the parameters' names and types (articles), the clause
 * names (tests). A reused part adds its diagnostics and the names it read, as
 * compiling it again would. Parts are checked against their schema when compiled,
 * so that validating the policy checks only what is new.
 */
export class ReuseHooks {
  readonly articles = new PartCache<ArticleDecl, Article>();
  readonly tests = new PartCache<TestDecl, PolicyTest>((t) => [t.expects, { span: t.span }]);
  private declarations: Item[] = [];
  private names = "";
  private params = "";
  private clauses: { ids: ReadonlySet<string>; env: string } | undefined;

  /** Call before compiling `ast`: the names and types in scope are those of its inputs and parameters. */
  begin(ast: PolicyFile): void {
    const declarations = ast.items.filter((i) => i.kind === "Input" || i.kind === "Param");
    const same =
      declarations.length === this.declarations.length && declarations.every((d, i) => d === this.declarations[i]);
    if (!same) this.names = "";
    this.declarations = declarations;
  }

  hooks(draft?: (policy: Policy) => void): CompileHooks {
    return {
      article: (ctx, scope, decl) => this.article(ctx, scope, decl),
      test: (ctx, decl, clauseIds, inputs) => this.test(ctx, decl, clauseIds, inputs),
      validate: (policy) => this.validate(policy),
      draft,
    };
  }

  finish(): void {
    this.articles.finish();
    this.tests.finish();
  }

  private article(ctx: Context, scope: Scope, decl: ArticleDecl): Article {
    const env = this.namesOf([...scope.inputs.values()], [...scope.params.values()]);
    const part =
      this.articles.get(decl, env) ??
      this.compile(ctx, env, Article, (own) => compileArticle(ctx, new Scope(scope.inputs, scope.params, own), decl));
    this.articles.set(decl, part);
    return replay(ctx, part, scope.used);
  }

  private test(
    ctx: Context,
    decl: TestDecl,
    clauseIds: ReadonlySet<string>,
    inputs: readonly InputField[],
  ): PolicyTest {
    if (this.clauses?.ids !== clauseIds) {
      const env = `${this.namesOf(inputs, undefined)}\n${[...clauseIds].join(" ")}`;
      // the same string as before when equal: comparing it with the parts' is then immediate
      this.clauses = { ids: clauseIds, env: env === this.clauses?.env ? this.clauses.env : env };
    }
    const env = this.clauses.env;
    const part =
      this.tests.get(decl, env) ?? this.compile(ctx, env, PolicyTest, () => compileTest(ctx, decl, clauseIds, inputs));
    this.tests.set(decl, part);
    return replay(ctx, part, undefined);
  }

  /** Compiles one part on its own: its diagnostics (copied) and the names it read are kept with it. */
  private compile<T>(ctx: Context, env: string, schema: Schema<T>, run: (used: Set<string>) => T): Part<T> {
    const before = ctx.diagnostics.length;
    const used = new Set<string>();
    const raw = run(used);
    const diagnostics = ctx.diagnostics.splice(before).map((d) => copy(d));
    const checked = schema.safeParse(raw);
    // an invalid part is a compiler bug, reported (as `compile` does) only when validating a policy without errors
    return checked.success
      ? { env, ir: checked.data, valid: true, diagnostics, used: [...used] }
      : { env, ir: raw, valid: false, diagnostics, used: [...used] };
  }

  /** The policy checked against its schema: its articles and tests were checked when compiled. */
  private validate(policy: Policy): Policy {
    const shell = Shell.safeParse(policy);
    if (!shell.success) throw new Error(`compiler produced invalid IR: ${shell.error.message}`);
    const parts = {
      articles: policy.articles.map((a) => checked(this.articles.ofIr(a), a, Article)),
      tests: policy.tests.map((t) => checked(this.tests.ofIr(t), t, PolicyTest)),
    };
    const rest = shell.data as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(Policy.shape)) {
      if (key === "articles" || key === "tests") out[key] = parts[key];
      else if (key in rest) out[key] = rest[key];
    }
    return out as Policy;
  }

  /** The names and types of the inputs (and parameters), as long as their declarations are the same nodes. */
  private namesOf(inputs: readonly InputField[], params: readonly Param[] | undefined): string {
    if (this.names === "") {
      this.names = fingerprint(inputs, []);
      this.params = "";
    }
    if (params === undefined) return this.names;
    this.params ||= `${this.names}\n${params.map((p) => `${p.name}:${p.type}`).join(" ")}`;
    return this.params;
  }
}

const Shell = Policy.omit({ articles: true, tests: true });

function checked<T>(part: Part<T> | undefined, ir: T, schema: Schema<T>): T {
  if (part?.valid) return ir;
  const r = schema.safeParse(ir);
  if (!r.success) throw new Error(`compiler produced invalid IR: ${r.error.message}`);
  return r.data;
}

/** A deep copy of plain data (a diagnostic shares its span with the AST: moved apart, it must not move twice). */
function copy<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v);
  return out as T;
}

/** Adds a part's diagnostics and the names it read, as compiling it would have. */
function replay<T>(ctx: Context, part: Part<T>, used: Set<string> | undefined): T {
  ctx.diagnostics.push(...part.diagnostics);
  for (const name of part.used) used?.add(name);
  return part.ir;
}

/** What articles and tests depend on besides their own text: names and types, not positions or docs. */
function fingerprint(inputs: readonly InputField[], params: readonly Param[]): string {
  return JSON.stringify([inputs, params], (key, value: unknown) =>
    key === "span" || key === "doc" ? undefined : value,
  );
}
