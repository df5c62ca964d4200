import { assertNever, clauseExprs, type Expr, type InputField, type Policy, walkExpr } from "@subsidia/ir";
import { literalValue, lower, NotConstant } from "@subsidia/plan";
import { Dec } from "./money.js";
import type { IrError } from "./result.js";

interface Scope {
  item: { var: string; fields: readonly InputField[] } | null;
}

type Report = (path: string, message: string, e?: { span?: IrError["span"] }) => void;

/** The declared field a path leads to, or an error message. */
function resolve(fields: readonly InputField[], path: readonly string[], what: string): string | null {
  let here = fields;
  for (let i = 0; i < path.length; i++) {
    const f = here.find((x) => x.name === path[i]);
    if (!f) return `unknown ${what} \`${path.slice(0, i + 1).join(".")}\``;
    const last = i === path.length - 1;
    if (f.type.kind === "list")
      return `\`${path.slice(0, i + 1).join(".")}\` is a list; read its items with \`for each\``;
    if (f.type.kind === "record") {
      if (last) return `\`${path.join(".")}\` is a record, not a value`;
      here = f.type.fields;
    } else if (!last) return `\`${path.slice(0, i + 1).join(".")}\` is a ${f.type.kind}, it has no fields`;
  }
  return null;
}

function walk(policy: Policy, root: Expr, scope: Scope, at: string, report: Report): void {
  for (const e of walkExpr(root)) {
    switch (e.k) {
      case "lit":
        try {
          literalValue(e);
        } catch (err) {
          if (!(err instanceof NotConstant)) throw err;
          report(at, err.message, e);
        }
        break;
      case "fact": {
        const msg = resolve(policy.inputs, e.path, "fact");
        if (msg) report(at, msg, e);
        break;
      }
      case "item": {
        if (!scope.item || scope.item.var !== e.var) {
          report(at, `\`${e.var}\` is not an item in scope here`, e);
          break;
        }
        const msg = resolve(scope.item.fields, e.path, `field of \`${e.var}\``);
        if (msg) report(at, msg, e);
        break;
      }
      case "param":
        if (!policy.params.some((p) => p.name === e.name)) report(at, `unknown parameter \`${e.name}\``, e);
        break;
      // made of the nodes above, which `walkExpr` visits too; `award of` is ordered (and its cycles found) by the plan
      case "arith":
      case "neg":
      case "cmp":
      case "and":
      case "or":
      case "not":
      case "in":
      case "given":
      case "call":
      case "if":
      case "lookup":
      case "steps":
      case "dateShift":
      case "between":
      case "awardOf":
        break;
      default:
        assertNever(e, "expression");
    }
  }
}

/**
 * Checks what the IR's zod schema cannot: that every fact, item field and parameter an
 * expression reads is declared, that per-item clauses iterate a list, that clause ids are unique.
 */
export function checkPolicy(policy: Policy): IrError[] {
  const errors: IrError[] = [];
  const report: Report = (path, message, e) =>
    void errors.push({ path, message, ...(e?.span ? { span: e.span } : {}) });
  const none: Scope = { item: null };
  const v = policy.validity;
  if (v && policy.inputs.find((f) => f.name === v.dateInput)?.type.kind !== "date") {
    report("validity.dateInput", `the date input \`${v.dateInput}\` must be declared as a date`, v);
  }
  if (!new Dec(policy.rounding.unit).gt(0)) report("rounding.unit", "the rounding unit must be greater than zero");
  policy.params.forEach((p, i) => {
    if (p.pending === undefined && p.values.length === 0)
      report(`params[${i}]`, `parameter \`${p.name}\` has neither a value nor a pending reason`, p);
    p.values.forEach((x, j) => walk(policy, x.value, none, `params[${i}].values[${j}]`, report));
  });
  const ids = new Set<string>();
  policy.articles.forEach((article, a) => {
    if (article.totalCap) walk(policy, article.totalCap.amount, none, `articles[${a}].totalCap`, report);
    article.clauses.forEach((clause, c) => {
      const at = `articles[${a}].clauses[${c}]`;
      if (ids.has(clause.id)) report(at, `clause id \`${clause.id}\` is used twice`, clause);
      ids.add(clause.id);
      let scope = none;
      if (clause.forEach) {
        const list = policy.inputs.find((f) => f.name === clause.forEach?.list);
        if (list?.type.kind !== "list")
          report(`${at}.forEach`, `\`${clause.forEach.list}\` is not a list input`, clause.forEach);
        else scope = { item: { var: clause.forEach.var, fields: list.type.fields } };
      }
      for (const x of clauseExprs(clause)) {
        walk(policy, x.expr, x.role === "total-cap" ? none : scope, `${at}.${x.path}`, report);
      }
      if (clause.funding?.payers.every((p) => new Dec(p.share).isZero())) {
        report(`${at}.funding`, "the funding shares must not all be zero", clause.funding);
      }
    });
  });
  if (errors.length === 0) {
    const lowered = lower(policy);
    if (!lowered.ok) for (const i of lowered.issues) report(i.path, i.message, i);
  }
  return errors;
}
