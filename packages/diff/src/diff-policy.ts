import type { Currency, InputField, InputType, Param, Policy, PolicyTest } from "@subsidia/ir";
import { CURRENCY_UNITS, Dec } from "@subsidia/runtime";
import { exprKey } from "./canon.js";
import { behavioural, cosmetic, POLICY, type Draft } from "./draft.js";
import { showParam, showRounding, showStacking, showValidity } from "./show.js";
import type { TestsDelta } from "./types.js";
import { type DiffMessageKey, msg } from "./wording.js";

const HEADER_WORDS: Record<"id" | "title" | "issuer" | "issued" | "source", DiffMessageKey> = {
  id: "id-changed",
  title: "title-changed",
  issuer: "issuer-changed",
  issued: "issued-changed",
  source: "source-changed",
};

/** Title, issuer, issue date, source, id: words only. */
function header(a: Policy, b: Policy): Draft[] {
  const fields = ["id", "title", "issuer", "issued", "source"] as const;
  return fields
    .filter((f) => a[f] !== b[f])
    .map((f) =>
      cosmetic("header", POLICY, { summary: `${f} changed`, message: msg(HEADER_WORDS[f]), before: a[f], after: b[f] }),
    );
}

/** The in-force window, rounding and stacking rule: each can change awards anywhere. */
function rules(a: Policy, b: Policy): Draft[] {
  const out: Draft[] = [];
  const [va, vb] = [showValidity(a), showValidity(b)];
  if (va !== vb)
    out.push(
      behavioural(
        "validity",
        POLICY,
        { summary: "in-force window changed", message: msg("validity-changed"), before: va, after: vb },
        { kind: "policy" },
      ),
    );
  const [ra, rb] = [showRounding(a), showRounding(b)];
  if (ra !== rb && !(new Dec(a.rounding.unit).eq(b.rounding.unit) && a.rounding.mode === b.rounding.mode)) {
    out.push(
      behavioural(
        "rounding",
        POLICY,
        { summary: "rounding changed", message: msg("rounding-changed"), before: ra, after: rb },
        { kind: "policy" },
      ),
    );
  }
  if (a.stacking.rule !== b.stacking.rule) {
    const note = "stacking only applies when several policies are evaluated together: no single-policy witness";
    out.push(
      behavioural(
        "stacking",
        POLICY,
        {
          summary: `stacking ${a.stacking.rule} → ${b.stacking.rule}`,
          message: msg("stacking-rule", { before: a.stacking.rule, after: b.stacking.rule }),
          before: showStacking(a),
          after: showStacking(b),
          note,
          noteMessage: msg("note.stacking"),
        },
        { kind: "none", note },
      ),
    );
  } else if (a.stacking.text !== b.stacking.text)
    out.push(
      cosmetic("stacking", POLICY, {
        summary: "stacking wording changed",
        message: msg("stacking-wording"),
        before: showStacking(a),
        after: showStacking(b),
      }),
    );
  return out;
}

export function showType(t: InputType): string {
  switch (t.kind) {
    case "enum":
      return `enum(${t.values.map((v) => JSON.stringify(v)).join(", ")})`;
    case "record":
    case "list":
      return `${t.kind} { ${t.fields.map(showField).join(", ")} }`;
    case "money":
      return t.currency ? `money in ${t.currency}` : "money";
    default:
      return t.kind;
  }
}

const CURRENCY_NOTE =
  "the same figure is now an amount in another currency: an applicant gives its facts in the new one; " +
  "one who gives the same figures is paid alike, so no applicant can witness it";

const unitName = (c: string | undefined): string => (c ? (CURRENCY_UNITS[c as Currency] ?? c) : "元");

/** The money fields whose currency differs between two versions: `projects.foreignInvestment: 美元 → 港元`. */
function currencyChanges(f: InputField, g: InputField, path = f.name): string[] {
  const [a, b] = [f.type, g.type];
  if (a.kind === "money" && b.kind === "money")
    return a.currency === b.currency ? [] : [`${path}: ${unitName(a.currency)} → ${unitName(b.currency)}`];
  if ((a.kind === "record" || a.kind === "list") && (b.kind === "record" || b.kind === "list"))
    return b.fields.flatMap((y) => {
      const x = a.fields.find((z) => z.name === y.name);
      return x ? currencyChanges(x, y, `${path}.${y.name}`) : [];
    });
  return [];
}

const showField = (f: InputField): string => `${f.name}: ${f.optional ? "optional " : ""}${showType(f.type)}`;

function typeKey(f: InputField, docs: boolean): string {
  const t = f.type;
  const inner =
    t.kind === "enum"
      ? [...t.values].sort()
      : t.kind === "record" || t.kind === "list"
        ? [...t.fields].sort((x, y) => (x.name < y.name ? -1 : 1)).map((g) => typeKey(g, docs))
        : null;
  return JSON.stringify([f.name, t.kind, f.optional, inner, docs ? (f.doc ?? "") : ""]);
}

/**
 * Declared facts by name. A changed declaration changes which facts are accepted, not how
 * an accepted applicant is paid, so it is not a behavioural change by itself; but an amount
 * declared in another currency is: the same figure is another amount of money.
 */
function inputs(a: Policy, b: Policy): Draft[] {
  const out: Draft[] = [];
  const olds = new Map(a.inputs.map((f) => [f.name, f]));
  const news = new Map(b.inputs.map((f) => [f.name, f]));
  const note = "changes which facts are accepted";
  const noteMessage = msg("note.inputs");
  for (const f of a.inputs)
    if (!news.has(f.name))
      out.push(
        cosmetic("input", POLICY, {
          summary: `input ${f.name} removed`,
          message: msg("input-removed", { name: f.name }),
          before: `input ${showField(f)}`,
          note,
          noteMessage,
        }),
      );
  for (const g of b.inputs) {
    const f = olds.get(g.name);
    if (!f)
      out.push(
        cosmetic("input", POLICY, {
          summary: `input ${g.name} added`,
          message: msg("input-added", { name: g.name }),
          after: `input ${showField(g)}`,
          note,
          noteMessage,
        }),
      );
    const currencies = f ? currencyChanges(f, g) : [];
    if (f && currencies.length > 0)
      out.push(
        behavioural(
          "input",
          POLICY,
          {
            summary: `input ${g.name}: currency changed: ${currencies.join(", ")}`,
            message: msg("input-currency", { name: g.name, currencies: currencies.join(", ") }),
            before: `input ${showField(f)}`,
            after: `input ${showField(g)}`,
            note: CURRENCY_NOTE,
            noteMessage: msg("note.currency"),
          },
          { kind: "none", note: CURRENCY_NOTE },
        ),
      );
    if (!f) continue;
    if (typeKey(f, false) !== typeKey(g, false))
      out.push(
        cosmetic("input", POLICY, {
          summary: `input ${g.name} changed`,
          message: msg("input-changed", { name: g.name }),
          before: `input ${showField(f)}`,
          after: `input ${showField(g)}`,
          note,
          noteMessage,
        }),
      );
    else if (typeKey(f, true) !== typeKey(g, true))
      out.push(
        cosmetic("input", POLICY, {
          summary: `input ${g.name}: description changed`,
          message: msg("input-doc", { name: g.name }),
        }),
      );
  }
  return out;
}

const valuesKey = (p: Param) => JSON.stringify([p.type, p.values.map((v) => [v.from ?? null, exprKey(v.value)])]);

function param(a: Param, b: Param): Draft[] {
  const spec = { before: showParam(a), after: showParam(b) };
  const target = { kind: "param" as const, before: a.name, after: b.name };
  const out: Draft[] = [];
  if (a.name !== b.name)
    out.push(
      cosmetic("param-renamed", POLICY, {
        summary: `parameter renamed: ${a.name} → ${b.name}`,
        message: msg("param-renamed", { before: a.name, after: b.name }),
        ...spec,
      }),
    );
  const name = { name: b.name };
  if ((a.pending === undefined) !== (b.pending === undefined)) {
    const [summary, message] =
      b.pending === undefined
        ? [`pending parameter ${b.name} now has a value`, msg("param-valued", name)]
        : [`parameter ${b.name} is now pending`, msg("param-now-pending", name)];
    out.push(behavioural("param-pending", POLICY, { summary, message, ...spec }, target));
  } else if (a.pending === undefined && valuesKey(a) !== valuesKey(b)) {
    const words = { summary: `parameter ${b.name} changed`, message: msg("param-changed", name) };
    out.push(behavioural("param-value", POLICY, { ...words, ...spec }, target));
  } else if (a.pending !== b.pending || a.doc !== b.doc)
    out.push(
      cosmetic("param-doc", POLICY, {
        summary: `parameter ${b.name}: description changed`,
        message: msg("param-doc", name),
        ...spec,
      }),
    );
  return out;
}

/** Named parameters by name (renames already paired): values, values by date, pending ones gaining a value. */
function params(a: Policy, b: Policy, renames: ReadonlyMap<string, string>): Draft[] {
  const out: Draft[] = [];
  const news = new Map(b.params.map((p) => [p.name, p]));
  const matched = new Set<string>();
  const note = "read by no clause unless a clause changed too";
  const noteMessage = msg("note.params");
  for (const p of a.params) {
    const q = news.get(renames.get(p.name) ?? p.name);
    if (q) {
      matched.add(q.name);
      out.push(...param(p, q));
    } else
      out.push(
        cosmetic("param-removed", POLICY, {
          summary: `parameter ${p.name} removed`,
          message: msg("param-removed", { name: p.name }),
          before: showParam(p),
          note,
          noteMessage,
        }),
      );
  }
  for (const q of b.params)
    if (!matched.has(q.name))
      out.push(
        cosmetic("param-added", POLICY, {
          summary: `parameter ${q.name} added`,
          message: msg("param-added", { name: q.name }),
          after: showParam(q),
          note,
          noteMessage,
        }),
      );
  return out;
}

export function diffPolicyParts(a: Policy, b: Policy, renames: ReadonlyMap<string, string>): Draft[] {
  return [...header(a, b), ...rules(a, b), ...inputs(a, b), ...params(a, b, renames)];
}

const testKey = (t: PolicyTest) => JSON.stringify([t.facts, t.expects.map(({ span: _span, ...e }) => e)]);

/** The embedded tests by name: documentation of intent, never a behavioural change. */
export function diffTests(a: Policy, b: Policy): TestsDelta {
  const olds = new Map(a.tests.map((t) => [t.name, t]));
  const news = new Map(b.tests.map((t) => [t.name, t]));
  return {
    added: b.tests.filter((t) => !olds.has(t.name)).map((t) => t.name),
    removed: a.tests.filter((t) => !news.has(t.name)).map((t) => t.name),
    changed: b.tests.filter((t) => olds.has(t.name) && testKey(olds.get(t.name)!) !== testKey(t)).map((t) => t.name),
  };
}
