import { assertNever, type InputField, type InputType, type Policy } from "@subsidia/ir";
import { jsdoc, str, templateText } from "./escape.js";
import { isPlainIdentifier, pascalName, TypeNames } from "./identifiers.js";

/** The names every generated policy module declares itself; record types never take them. */
export const MODULE_TYPE_NAMES = [
  "Facts",
  "FactPath",
  "FactsError",
  "Money",
  "Percent",
  "DecimalNumber",
  "Integer",
  "IsoDate",
  "ArticleNumber",
  "ClauseId",
  "ClausesByArticle",
  "Award",
  "AwardOf",
  "Pending",
  "NonMonetary",
  "Result",
  "Outcome",
  "Step",
  "FundingPart",
  "IrError",
  "NormalisedFacts",
  "Policy",
  "ZodType",
];

const SCALARS = `/** Money in yuan: a JSON number or a decimal string such as \`"12345678.91"\`; never negative. */
export type Money = number | string;
/** A percent: a fraction such as \`0.3\` or a string such as \`"30%"\`. */
export type Percent = number | string;
/** A number: a JSON number or a decimal string. */
export type DecimalNumber = number | string;
/** An integer: a JSON number or a string of digits. */
export type Integer = number | string;
/** A date \`YYYY-MM-DD\` (ISO 8601), checked to be a real calendar day when evaluated. */
export type IsoDate = \`\${number}-\${number}-\${number}\`;
`;

/** A property name in a type: bare when it is a plain identifier, else a string literal. */
export function propertyName(name: string): string {
  return isPlainIdentifier(name) ? name : str(name);
}

/** `integer from 1 to 3` as `1 | 2 | 3` (or their digit strings), when the range is small. */
function smallRange(type: Extract<InputType, { kind: "integer" | "number" }>): string | undefined {
  if (type.min === undefined || type.max === undefined || !/^\d+$/.test(type.min) || !/^\d+$/.test(type.max))
    return undefined;
  const [lo, hi] = [Number(type.min), Number(type.max)];
  if (hi < lo || hi - lo > 20) return undefined;
  const values = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i)).join(" | ");
  return `(${values}) | \`\${${values}}\``;
}

function scalarType(type: InputType): string {
  switch (type.kind) {
    case "money":
      return "Money";
    case "percent":
      return "Percent";
    case "number":
      return "DecimalNumber";
    case "integer":
      return smallRange(type) ?? "Integer";
    case "boolean":
      return "boolean";
    case "date":
      return "IsoDate";
    case "string":
      return "string";
    case "enum":
      return type.values.map(str).join(" | ");
    case "record":
    case "list":
      throw new Error("not a scalar");
    default:
      return assertNever(type, "input type");
  }
}

/** Emits the named record types of a policy's inputs, depth first. */
class FactsTypes {
  readonly names = new TypeNames(MODULE_TYPE_NAMES);
  readonly declarations: string[] = [];

  /** Declares an interface for `fields` (parents before children) and returns its name. */
  record(base: string, doc: string | undefined, fields: readonly InputField[], root = false): string {
    const name = root ? base : this.names.claim(base);
    const slot = this.declarations.push("") - 1;
    const body = fields.map((f) => this.field(f, root ? "" : name)).join("");
    this.declarations[slot] = `${jsdoc([doc])}export interface ${name} {\n${body}}\n`;
    return name;
  }

  field(f: InputField, owner: string): string {
    const { type } = f;
    let text: string;
    let optional = f.optional;
    let note: string | undefined;
    if (type.kind === "list") {
      text = `readonly ${this.record(`${owner}${pascalName(f.name)}Item`, f.doc, type.fields)}[]`;
      optional = true;
      note = "Absent or empty: no items.";
    } else if (type.kind === "record") {
      text = this.record(`${owner}${pascalName(f.name)}`, f.doc, type.fields);
    } else text = scalarType(type);
    if (type.kind === "money" && type.currency) note = `An amount in ${type.currency}, not 元.`;
    const mark = optional ? "?" : "";
    const nullable = optional ? " | null" : "";
    return `${jsdoc([f.doc, note], "  ")}  ${propertyName(f.name)}${mark}: ${text}${nullable};\n`;
  }
}

/** The paths a facts error can name (`projects[${number}].fixedAssetInvestment`), as template literal types. */
function paths(fields: readonly InputField[], prefix: string): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const here = prefix === "" ? templateText(f.name) : `${prefix}.${templateText(f.name)}`;
    out.push(here);
    if (f.type.kind === "list") {
      out.push(`${here}[\${number}]`, ...paths(f.type.fields, `${here}[\${number}]`));
    } else if (f.type.kind === "record") out.push(...paths(f.type.fields, here));
  }
  return out;
}

/** `facts.ts`: the TypeScript types of a policy's facts, the paths of facts errors. */
export function emitFacts(ir: Policy): string {
  const types = new FactsTypes();
  types.record("Facts", `The facts of one applicant for ${ir.title} (\`${ir.id}\`).`, ir.inputs, true);
  const factPaths = ["(facts)", ...paths(ir.inputs, "")].map((p) => `\n  | \`${p}\``).join("");
  return [
    SCALARS,
    ...types.declarations,
    `/** Where a facts error is: \`(facts)\` for the facts object, else the path of the offending fact. */\nexport type FactPath =${factPaths};\n`,
    `/** One problem with the facts: the offending path and what was expected. */\nexport interface FactsError {\n  path: FactPath;\n  message: string;\n}\n`,
  ].join("\n");
}
