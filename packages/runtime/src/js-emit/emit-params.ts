import type { Plan } from "@subsidia/plan";
import { literal } from "../literals.js";
import type { ParamAccess } from "./emit-expr.js";
import { indent, quote, type Source } from "./source.js";
import { pendingUnk } from "./values.js";

/**
 * How generated code reads each parameter of the plan: a constant (one value for every date,
 * or a pending unknown), or a function that picks the value on the date (`paramValueOn`).
 */
export function emitParams(plan: Plan, src: Source): { params: Map<string, ParamAccess>; lines: string[] } {
  const params = new Map<string, ParamAccess>();
  const lines: string[] = [];
  for (const [name, p] of plan.params) {
    if (p.pending !== null) {
      params.set(name, { kind: "constant", ref: src.constant(pendingUnk(p.pending)) });
      continue;
    }
    const only = p.values.length === 1 ? p.values[0]! : null;
    if (only && only.from === null) {
      params.set(name, { kind: "constant", ref: src.constant(literal(only.value)) });
      continue;
    }
    const fn = src.func("param");
    const values = src.constant(p.values.map((v) => literal(v.value)));
    const body = ["let k = -1;"];
    p.values.forEach((v, i) => {
      body.push(v.from === null ? `k = ${i};` : `if (date !== null && ${quote(v.from)} <= date) k = ${i};`);
    });
    body.push(`return k === -1 ? H.ABSENT : ${values}[k];`);
    lines.push(`function ${fn}(date) {`, ...indent(body), "}");
    params.set(name, { kind: "call", fn });
  }
  return { params, lines };
}
