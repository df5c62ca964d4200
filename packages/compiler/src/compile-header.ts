import type { InputField, Policy } from "@subsidia/ir";
import type { Header, HeaderEntry, PolicyFile } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { isRealDate } from "./literals.js";
import { closest, didYouMean, listOf } from "./suggest.js";

type HeaderPart = Pick<Policy, "id" | "title" | "issuer" | "issued" | "source" | "validity" | "stacking" | "rounding">;

const ROUNDING_MODES: Record<string, Policy["rounding"]["mode"]> = {
  "half up": "half-up",
  "half even": "half-even",
  down: "down",
  up: "up",
};
const STACKING = ["highest", "add"] as const;

/** Compiles the `policy "id" { … }` header; defaults: stacking add, rounding 0.01 half up. */
export function compileHeader(ctx: Context, file: PolicyFile, inputs: ReadonlyMap<string, InputField>): HeaderPart {
  const h = file.header;
  const out: HeaderPart = { id: "", title: "", stacking: { rule: "add" }, rounding: { unit: "0.01", mode: "half-up" } };
  if (!h) {
    const at = { ...file.span, length: 0 };
    ctx.report("S001", at, 'missing policy header; expected `policy "id" { title "…" … }` at the top of the file', {
      expected: ["policy"],
    });
    return out;
  }
  out.id = h.id.value;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(h.id.value)) {
    ctx.report(
      "T007",
      h.id.span,
      `policy id \`${h.id.value}\` must be letters, digits, \`.\`, \`_\` or \`-\`, starting with a letter or digit`,
    );
  }
  const seen = new Set<string>();
  for (const e of h.entries) {
    if (seen.has(e.kind))
      ctx.report("S003", e.span, `\`${keyword(e)}\` is given twice in the header; expected it once`);
    seen.add(e.kind);
    applyEntry(ctx, e, out, inputs);
  }
  if (!seen.has("Title"))
    ctx.report("S002", h.id.span, 'the policy header has no `title`; expected `title "…"`', { expected: ["title"] });
  return out;
}

function keyword(e: HeaderEntry): string {
  return {
    Title: "title",
    Issuer: "issuer",
    Issued: "issued",
    Source: "source",
    Validity: "valid",
    Stacking: "stacking",
    Rounding: "rounding",
  }[e.kind];
}

function applyEntry(ctx: Context, e: HeaderEntry, out: HeaderPart, inputs: ReadonlyMap<string, InputField>): void {
  switch (e.kind) {
    case "Title":
      out.title = e.value.value;
      break;
    case "Issuer":
      out.issuer = e.value.value;
      break;
    case "Source":
      out.source = e.value.value;
      break;
    case "Issued":
      if (!isRealDate(e.date.value))
        ctx.report("T010", e.date.span, `\`${e.date.value}\` is not a real date; expected YYYY-MM-DD`);
      out.issued = e.date.value;
      break;
    case "Validity": {
      for (const d of [e.from, e.to])
        if (!isRealDate(d.value)) ctx.report("T010", d.span, `\`${d.value}\` is not a real date; expected YYYY-MM-DD`);
      if (e.to.value < e.from.value)
        ctx.report(
          "S006",
          e.span,
          `the policy ends (\`${e.to.value}\`) before it starts (\`${e.from.value}\`); expected \`to\` on or after \`from\``,
        );
      const dates = [...inputs.values()].filter((f) => f.type.kind === "date").map((f) => f.name);
      const name = e.dateInput?.name ?? (inputs.has("applicationDate") ? "applicationDate" : undefined);
      if (name === undefined) {
        ctx.report(
          "S002",
          e.span,
          `\`valid\` needs the date it is checked on; expected \`on\` and a date input such as ${listOf(dates.length ? dates : ["applicationDate"])}`,
        );
      } else if (inputs.get(name)?.type.kind !== "date") {
        const s = closest(name, dates);
        ctx.report(
          inputs.has(name) ? "T007" : "N001",
          e.dateInput?.span ?? e.span,
          `\`${name}\` is not a date input; expected one of ${listOf(dates.length ? dates : ["applicationDate"])}${didYouMean(s)}`,
        );
      }
      out.validity = { from: e.from.value, to: e.to.value, dateInput: name ?? "", span: ctx.span(e.span) };
      break;
    }
    case "Stacking": {
      const rule = e.rule.name;
      if (!(STACKING as readonly string[]).includes(rule)) {
        ctx.report(
          "S007",
          e.rule.span,
          `unknown stacking rule \`${rule}\`; expected ${listOf(STACKING)}${didYouMean(closest(rule, STACKING))}`,
          { expected: [...STACKING] },
        );
      }
      out.stacking = { rule: rule === "highest" ? "highest" : "add", ...(e.text ? { text: e.text.value } : {}) };
      break;
    }
    case "Rounding": {
      const mode = e.mode.map((m) => m.name).join(" ");
      if (!(mode in ROUNDING_MODES)) {
        const modes = Object.keys(ROUNDING_MODES);
        ctx.report(
          "S007",
          e.mode[0]?.span ?? e.span,
          `unknown rounding mode \`${mode}\`; expected ${listOf(modes)}${didYouMean(closest(mode, modes))}`,
          { expected: modes },
        );
      }
      if (!/^\d+(\.\d+)?$/.test(e.unit.value) || /^0+(\.0+)?$/.test(e.unit.value)) {
        ctx.report(
          "S007",
          e.unit.span,
          `rounding unit must be a positive amount such as \`0.01\`; got \`${e.unit.text}\``,
        );
      }
      out.rounding = { unit: e.unit.value, mode: ROUNDING_MODES[mode] ?? "half-up" };
      break;
    }
  }
}

export type { Header };
