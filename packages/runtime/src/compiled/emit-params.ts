import type { Expr, Param, Policy } from "@subsidia/ir";
import { emitExpr, type ParamAccess, type Scope } from "./emit-expr.js";
import { indent, quote, type Source } from "./source.js";
import { pendingUnk } from "./values.js";

function paramsIn(e: Expr, out: Set<string>): void {
  switch (e.k) {
    case "param":
      out.add(e.name);
      return;
    case "lit":
    case "fact":
    case "item":
      return;
    case "arith":
    case "cmp":
      paramsIn(e.left, out);
      paramsIn(e.right, out);
      return;
    case "neg":
    case "not":
    case "in":
    case "given":
      paramsIn(e.expr, out);
      return;
    case "and":
    case "or":
    case "call":
      for (const a of e.args) paramsIn(a, out);
      return;
  }
}

/** Parameters whose value may (through others) read themselves: they keep the interpreter's guard. */
function cyclic(params: ReadonlyMap<string, Param>): Set<string> {
  const reads = new Map<string, Set<string>>();
  for (const [name, p] of params) {
    const names = new Set<string>();
    for (const v of p.values) paramsIn(v.value, names);
    reads.set(name, names);
  }
  const out = new Set<string>();
  for (const start of params.keys()) {
    const seen = new Set<string>();
    const todo = [...(reads.get(start) ?? [])];
    while (todo.length > 0) {
      const n = todo.pop()!;
      if (n === start) out.add(start);
      if (seen.has(n)) continue;
      seen.add(n);
      todo.push(...(reads.get(n) ?? []));
    }
  }
  return out;
}

/** A parameter with one dated-less literal value is a constant; pending ones are constant unknowns. */
function constantOf(p: Param, src: Source): ParamAccess | null {
  if (p.pending !== undefined) return { kind: "constant", ref: src.constant(pendingUnk(p.pending)) };
  const only = p.values.length === 1 ? p.values[0]! : null;
  if (only && only.from === undefined && only.value.k === "lit") {
    const probe: string[] = [];
    const ref = emitExpr(only.value, { src, item: null, params: new Map() }, probe);
    if (probe.length === 0) return { kind: "constant", ref };
  }
  return null;
}

/** `valueOnDate`, the guard against self-definition, then the value with no item in scope. */
function paramFunction(p: Param, fn: string, guarded: boolean, s: Scope): string[] {
  const body: string[] = ["let k = -1;"];
  p.values.forEach((v, i) => {
    body.push(v.from === undefined ? `k = ${i};` : `if (date !== null && ${quote(v.from)} <= date) k = ${i};`);
  });
  body.push("if (k === -1) return H.ABSENT;");
  const cases: string[] = [];
  p.values.forEach((v, i) => {
    const stmts: string[] = [];
    const value = emitExpr(v.value, s, stmts);
    cases.push(`case ${i}: {`, ...indent(stmts), `  return ${value};`, "}");
  });
  const evalLines = ["switch (k) {", ...indent(cases), "}", "return H.ABSENT;"];
  if (!guarded) return [`function ${fn}(facts, date) {`, ...indent([...body, ...evalLines]), "}"];
  const busy = `${fn}busy`;
  const guard = `if (${busy}) throw H.failure(${s.src.constant(`parameter \`${p.name}\` is defined by itself`)}, ${s.src.constant(p)});`;
  return [
    `let ${busy} = false;`,
    `function ${fn}(facts, date) {`,
    ...indent([...body, guard, `${busy} = true;`, "try {", ...indent(evalLines), `} finally { ${busy} = false; }`]),
    "}",
  ];
}

/** How each parameter is read, and the functions of those computed on demand. */
export function emitParams(policy: Policy, src: Source): { params: Map<string, ParamAccess>; lines: string[] } {
  const byName = new Map(policy.params.map((p) => [p.name, p]));
  const params = new Map<string, ParamAccess>();
  const computed: [Param, string][] = [];
  for (const [name, p] of byName) {
    const c = constantOf(p, src);
    if (c) params.set(name, c);
    else {
      const fn = src.func("param");
      params.set(name, { kind: "call", fn });
      computed.push([p, fn]);
    }
  }
  const guarded = cyclic(byName);
  const scope: Scope = { src, item: null, params };
  const lines = computed.flatMap(([p, fn]) => paramFunction(p, fn, guarded.has(p.name), scope));
  return { params, lines };
}
