import type { Completion, CompletionContext, CompletionResult, CompletionSource } from "@codemirror/autocomplete";
import type { Clause, InputField, InputType, Policy } from "@subsidia/ir";
import { keywords } from "@subsidia/syntax";

/** How a declared type reads in a completion's detail: `money`, `list (7 fields)`, `enum(new|renovation)`. */
export function typeText(type: InputType): string {
  if (type.kind === "enum") return `enum(${type.values.join("|")})`;
  if (type.kind === "list" || type.kind === "record") return `${type.kind} (${type.fields.length} fields)`;
  return type.kind;
}

function fieldOption(f: InputField, type: string): Completion {
  return { label: f.name, type, detail: `${f.optional ? "optional " : ""}${typeText(f.type)}`, info: f.doc };
}

/** The clause around an offset in the last compiled policy (its spans may lag a few keystrokes). */
function clauseAt(policy: Policy, pos: number): Clause | undefined {
  for (const a of policy.articles) {
    for (const c of a.clauses) if (c.span.offset <= pos && pos <= c.span.offset + c.span.length) return c;
  }
  return undefined;
}

/** The fields after `NAME.`: of the list a clause's item runs over, or of a record input. */
function fieldsOf(policy: Policy, owner: string, clause: Clause | undefined): InputField[] {
  const listName = clause?.forEach?.var === owner ? clause.forEach.list : owner;
  const input = policy.inputs.find((i) => i.name === listName);
  return input && (input.type.kind === "list" || input.type.kind === "record") ? input.type.fields : [];
}

function names(policy: Policy, clause: Clause | undefined): Completion[] {
  const out: Completion[] = policy.inputs.map((i) => fieldOption(i, "variable"));
  for (const p of policy.params)
    out.push({
      label: p.name,
      type: "constant",
      detail: `param ${p.type}${p.pending !== undefined ? " (pending)" : ""}`,
      info: p.doc,
    });
  if (clause?.forEach)
    out.push({ label: clause.forEach.var, type: "variable", detail: `item of ${clause.forEach.list}`, boost: 2 });
  for (const a of policy.articles)
    for (const c of a.clauses)
      out.push({ label: c.id, type: "function", detail: `clause of art. ${a.number}`, info: c.title });
  return out;
}

const KEYWORD_OPTIONS: Completion[] = keywords.map((k) => ({ label: k, type: "keyword" }));

/**
 * Completes keywords, the policy's inputs, parameters and clause names, the
 * item variable of the clause being edited, and fields after `item.` or
 * `record.`; names come from the last policy that compiled.
 */
export function subsidiaCompletion(lastPolicy: () => Policy | undefined): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const policy = lastPolicy();
    const member = ctx.matchBefore(/[A-Za-z_]\w*\.\w*$/);
    if (member && policy) {
      const dot = member.text.indexOf(".");
      const fields = fieldsOf(policy, member.text.slice(0, dot), clauseAt(policy, ctx.pos));
      if (fields.length > 0)
        return {
          from: member.from + dot + 1,
          options: fields.map((f) => fieldOption(f, "property")),
          validFor: /^\w*$/,
        };
    }
    const word = ctx.matchBefore(/[A-Za-z_]\w*$/);
    if (!word && !ctx.explicit) return null;
    const options = policy ? [...names(policy, clauseAt(policy, ctx.pos)), ...KEYWORD_OPTIONS] : KEYWORD_OPTIONS;
    return { from: word?.from ?? ctx.pos, options, validFor: /^\w*$/ };
  };
}
