import type { Expr, InputField, Policy } from "@subsidia/ir";
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

function walk(policy: Policy, e: Expr, scope: Scope, at: string, report: Report): void {
  const sub = (x: Expr) => walk(policy, x, scope, at, report);
  switch (e.k) {
    case "lit":
      return;
    case "fact": {
      const msg = resolve(policy.inputs, e.path, "fact");
      if (msg) report(at, msg, e);
      return;
    }
    case "item": {
      if (!scope.item || scope.item.var !== e.var) return report(at, `\`${e.var}\` is not an item in scope here`, e);
      const msg = resolve(scope.item.fields, e.path, `field of \`${e.var}\``);
      if (msg) report(at, msg, e);
      return;
    }
    case "param":
      if (!policy.params.some((p) => p.name === e.name)) report(at, `unknown parameter \`${e.name}\``, e);
      return;
    case "arith":
    case "cmp":
      sub(e.left);
      sub(e.right);
      return;
    case "neg":
    case "not":
    case "in":
    case "given":
      sub(e.expr);
      return;
    case "and":
    case "or":
    case "call":
      e.args.forEach(sub);
      return;
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
      const exprs: [string, Expr][] = clause.conditions.map((x, i) => [`conditions[${i}]`, x]);
      const award = clause.award;
      if (award?.kind === "amount") exprs.push(["award.amount", award.amount]);
      if (award?.kind === "rate") exprs.push(["award.rate", award.rate], ["award.base", award.base]);
      if (award?.kind === "tiers") {
        exprs.push(["award.base", award.base]);
        award.tiers.forEach((t, i) =>
          exprs.push([`award.tiers[${i}].atLeast`, t.atLeast], [`award.tiers[${i}].amount`, t.amount]),
        );
      }
      if (award?.kind === "lookup") {
        exprs.push(["award.key", award.key]);
        award.cases.forEach((x, i) => exprs.push([`award.cases[${i}].amount`, x.amount]));
        if (award.otherwise) exprs.push(["award.otherwise", award.otherwise]);
      }
      clause.caps.forEach((x, i) => exprs.push([`caps[${i}]`, x.amount]));
      clause.uplifts.forEach((u, i) =>
        exprs.push(
          [`uplifts[${i}].rate`, u.rate],
          ...(u.when ? [[`uplifts[${i}].when`, u.when] as [string, Expr]] : []),
        ),
      );
      for (const [path, x] of exprs) walk(policy, x, scope, `${at}.${path}`, report);
      if (clause.totalCap) walk(policy, clause.totalCap.amount, none, `${at}.totalCap`, report);
      if (clause.funding?.payers.every((p) => new Dec(p.share).isZero())) {
        report(`${at}.funding`, "the funding shares must not all be zero", clause.funding);
      }
    });
  });
  return errors;
}
