import type { InputField, InputType, Param, ScalarKind } from "@subsidia/ir";
import type { Ident, Span } from "@subsidia/syntax";

/** An `award of CLAUSE` read in an expression; `from` is the clause it was read in, once known. */
export interface AwardRef {
  clause: Ident;
  span: Span;
  from?: string | undefined;
}

/** What a name in an expression can refer to. */
export type Binding =
  | { kind: "input"; field: InputField }
  | { kind: "param"; param: Param }
  /** `list` is undefined when the clause's list is unknown (already reported) */
  | { kind: "item"; var: string; list: InputField | undefined };

/** Names visible in an expression: inputs, params, and the clause's item variable. */
export class Scope {
  constructor(
    readonly inputs: ReadonlyMap<string, InputField>,
    readonly params: ReadonlyMap<string, Param>,
    /** names of inputs and params read anywhere, shared by nested scopes */
    readonly used: Set<string> = new Set(),
    readonly item?: { var: string; list: InputField | undefined },
    /** every `award of` read, shared by nested scopes: checked once all clauses are known */
    readonly refs: AwardRef[] = [],
  ) {}

  withItem(v: string, list: InputField | undefined): Scope {
    return new Scope(this.inputs, this.params, this.used, { var: v, list }, this.refs);
  }

  lookup(name: string): Binding | undefined {
    if (this.item && this.item.var === name) {
      if (this.item.list) this.used.add(this.item.list.name);
      return { kind: "item", ...this.item };
    }
    const input = this.inputs.get(name);
    if (input) {
      this.used.add(name);
      return { kind: "input", field: input };
    }
    const param = this.params.get(name);
    if (param) {
      this.used.add(name);
      return { kind: "param", param };
    }
    return undefined;
  }

  names(): string[] {
    return [...(this.item ? [this.item.var] : []), ...this.inputs.keys(), ...this.params.keys()];
  }
}

/** The scalar kind of an input type, or undefined for records and lists. */
export function scalarOf(t: InputType): ScalarKind | undefined {
  return t.kind === "record" || t.kind === "list" ? undefined : t.kind;
}

export const NUMERIC: ReadonlySet<ScalarKind> = new Set(["money", "percent", "number", "integer"]);
export const ORDERED: ReadonlySet<ScalarKind> = new Set(["money", "percent", "number", "integer", "date"]);
