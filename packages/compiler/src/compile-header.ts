import type { InputField, Policy } from "@subsidia/ir";
import type { Header, HeaderEntry, PolicyFile } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { isRealDate } from "./literals.js";
import { closest, didYouMean, ticks } from "./suggest.js";

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
    ctx.report("S001.header", at, {}, { expected: ["policy"] });
    return out;
  }
  out.id = h.id.value;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(h.id.value)) {
    ctx.report("T007.policyId", h.id.span, { id: h.id.value });
  }
  const seen = new Set<string>();
  for (const e of h.entries) {
    if (seen.has(e.kind)) ctx.report("S003.header", e.span, { keyword: keyword(e) });
    seen.add(e.kind);
    applyEntry(ctx, e, out, inputs);
  }
  if (!seen.has("Title")) ctx.report("S002.title", h.id.span, {}, { expected: ["title"] });
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
      if (!isRealDate(e.date.value)) ctx.report("T010.date", e.date.span, { value: e.date.value });
      out.issued = e.date.value;
      break;
    case "Validity": {
      for (const d of [e.from, e.to]) if (!isRealDate(d.value)) ctx.report("T010.date", d.span, { value: d.value });
      if (e.to.value < e.from.value) ctx.report("S006.validity", e.span, { to: e.to.value, from: e.from.value });
      const dates = [...inputs.values()].filter((f) => f.type.kind === "date").map((f) => f.name);
      const name = e.dateInput?.name ?? (inputs.has("applicationDate") ? "applicationDate" : undefined);
      if (name === undefined) {
        ctx.report("S002.validOn", e.span, { expected: ticks(dates.length ? dates : ["applicationDate"]) });
      } else if (inputs.get(name)?.type.kind !== "date") {
        const s = closest(name, dates);
        const params = { name, expected: ticks(dates.length ? dates : ["applicationDate"]), hint: didYouMean(s) };
        ctx.report(inputs.has(name) ? "T007.dateInput" : "N001.dateInput", e.dateInput?.span ?? e.span, params);
      }
      out.validity = { from: e.from.value, to: e.to.value, dateInput: name ?? "", span: ctx.span(e.span) };
      break;
    }
    case "Stacking": {
      const rule = e.rule.name;
      if (!(STACKING as readonly string[]).includes(rule)) {
        const s = closest(rule, STACKING);
        ctx.report(
          "S007.stacking",
          e.rule.span,
          { rule, expected: ticks(STACKING), hint: didYouMean(s) },
          { expected: [...STACKING], suggestion: s },
        );
      }
      out.stacking = { rule: rule === "highest" ? "highest" : "add", ...(e.text ? { text: e.text.value } : {}) };
      break;
    }
    case "Rounding": {
      const mode = e.mode.map((m) => m.name).join(" ");
      if (!(mode in ROUNDING_MODES)) {
        const modes = Object.keys(ROUNDING_MODES);
        const s = closest(mode, modes);
        ctx.report(
          "S007.roundingMode",
          e.mode[0]?.span ?? e.span,
          { mode, expected: ticks(modes), hint: didYouMean(s) },
          { expected: modes, suggestion: s },
        );
      }
      if (!/^\d+(\.\d+)?$/.test(e.unit.value) || /^0+(\.0+)?$/.test(e.unit.value)) {
        ctx.report("S007.roundingUnit", e.unit.span, { src: e.unit.text });
      }
      out.rounding = { unit: e.unit.value, mode: ROUNDING_MODES[mode] ?? "half-up" };
      break;
    }
  }
}

export type { Header };
