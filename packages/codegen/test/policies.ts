import type { Expr, InputField, InputType, Policy } from "@subsidia/ir";

/** Small IRs written by hand: the codegen tests must reach names and texts the language itself would refuse. */
export const span = { line: 1, column: 1, offset: 0, length: 1 };

export function field(name: string, type: InputType, doc?: string, optional = false): InputField {
  return { name, type, optional, ...(doc !== undefined ? { doc } : {}), span };
}

export const money = (value: string): Expr => ({ k: "lit", type: "money", value, src: value, span });
export const fact = (path: string[], type: Expr["type"]): Expr => ({
  k: "fact",
  path,
  type,
  src: path.join("."),
  span,
});
export const item = (v: string, path: string[], type: Expr["type"]): Expr => ({
  k: "item",
  var: v,
  path,
  type,
  src: `${v}.${path.join(".")}`,
  span,
});

/** Strings that would break out of a string, a template, a comment or a line if pasted into code. */
export const HOSTILE = [
  "*/ globalThis.pwned = 'comment'; /*",
  '"; globalThis.pwned = "double"; "',
  "'; globalThis.pwned = 'single'; '",
  "`; globalThis.pwned = 'backtick'; `",
  "${globalThis.pwned = 'template'}",
  "line\nglobalThis.pwned = 'newline'; //",
  "separator\u2028globalThis.pwned = 'u2028'; //",
  "paragraph\u2029globalThis.pwned = 'u2029'; //",
  "cr\rglobalThis.pwned = 'cr'; //",
  "@deprecated {@link evil} \\ back\\slash \\u0041 \ud800 lone surrogate",
  "</script><script>globalThis.pwned = 'html'</script>",
] as const;

const h = (i: number) => HOSTILE[i % HOSTILE.length]!;

/** A policy whose every name and text is hostile, valid for the IR schema and the runtime's checks. */
export function hostilePolicy(): Policy {
  const date = h(0);
  const list = h(1);
  const [idField, amount, kind] = [h(2), h(3), h(4)];
  return {
    irVersion: "1.3",
    id: h(5),
    title: h(6),
    issuer: h(7),
    issued: "2026-01-01",
    source: h(8),
    file: h(9),
    validity: { from: "2026-01-01", to: "2027-12-31", dateInput: date, span },
    stacking: { rule: "highest", text: h(10) },
    rounding: { unit: "0.01", mode: "half-up" },
    inputs: [
      field(date, { kind: "date" }, h(1)),
      field(
        list,
        {
          kind: "list",
          fields: [
            field(idField, { kind: "string" }, h(3)),
            field(amount, { kind: "money" }, h(4)),
            field(kind, { kind: "enum", values: [...HOSTILE] }, h(5)),
            field("__proto__", { kind: "boolean" }, h(6), true),
          ],
        },
        h(2),
      ),
      field(h(6), { kind: "record", fields: [field(h(7), { kind: "percent" }, h(8), true)] }, h(9), true),
    ],
    params: [{ name: h(8), type: "money", doc: h(9), values: [{ value: money("100") }], span }],
    articles: [
      {
        number: 7,
        id: h(10),
        title: h(0),
        text: h(1),
        units: [h(2)],
        span,
        clauses: [
          {
            id: h(3),
            title: h(4),
            text: h(5),
            basis: "exact",
            caps: [],
            uplifts: [],
            span,
            forEach: { var: h(6), list, span },
            conditions: [
              { k: "in", expr: item(h(6), [kind], "enum"), values: [h(4)], type: "boolean", src: h(7), span },
            ],
            award: {
              kind: "rate",
              rate: { k: "lit", type: "percent", value: "0.5", src: h(8), span },
              base: item(h(6), [amount], "money"),
              span,
            },
            funding: {
              payers: [
                { name: h(9), share: "1" },
                { name: h(10), share: "1" },
              ],
              span,
            },
          },
          { id: h(0), basis: "exact", caps: [], uplifts: [], conditions: [], nonMonetary: h(1), span },
        ],
      },
    ],
    tests: [{ name: h(2), facts: { [h(3)]: h(4) }, expects: [], span }],
    span,
  };
}

/** A policy with one input of every kind, a per-item clause with funding, an up-to clause and a non-monetary one. */
export function everyKind(id = "every-kind"): Policy {
  return {
    irVersion: "1.3",
    id,
    title: "every kind of input",
    file: "fixtures/every-kind.subsidia",
    stacking: { rule: "add" },
    rounding: { unit: "0.01", mode: "half-up" },
    inputs: [
      field("applicationDate", { kind: "date" }, "申请日期"),
      field("share", { kind: "percent" }, "比例", true),
      field("headcount", { kind: "integer" }, "人数", true),
      field("score", { kind: "number" }, undefined, true),
      field("name", { kind: "string" }, "名称", true),
      field("listed", { kind: "boolean" }, undefined, true),
      field("size", { kind: "enum", values: ["small", "large"] }, "规模", true),
      field(
        "rd",
        {
          kind: "record",
          fields: [
            field("current", { kind: "money" }, "本年度"),
            field("previous", { kind: "money" }, undefined, true),
          ],
        },
        "研发投入",
        true,
      ),
      field(
        "projects",
        { kind: "list", fields: [field("id", { kind: "string" }), field("investment", { kind: "money" }, "投资额")] },
        "项目",
      ),
    ],
    params: [],
    articles: [
      {
        number: 2,
        id: "art2",
        title: "项目补助",
        units: [],
        span,
        clauses: [
          {
            id: "grant",
            basis: "exact",
            caps: [],
            uplifts: [],
            conditions: [],
            span,
            forEach: { var: "p", list: "projects", span },
            award: {
              kind: "rate",
              rate: { k: "lit", type: "percent", value: "0.1", src: "10%", span },
              base: item("p", ["investment"], "money"),
              span,
            },
            funding: {
              payers: [
                { name: "province", share: "1" },
                { name: "city", share: "1" },
              ],
              span,
            },
          },
          {
            id: "ceiling",
            basis: "up-to",
            caps: [],
            uplifts: [],
            conditions: [],
            span,
            award: { kind: "amount", amount: money("500000"), span },
          },
        ],
      },
      {
        number: 5,
        id: "art5",
        title: "其他",
        units: [],
        span,
        clauses: [
          { id: "advice", basis: "exact", caps: [], uplifts: [], conditions: [], nonMonetary: "按有关规定", span },
        ],
      },
    ],
    tests: [],
    span,
  };
}
