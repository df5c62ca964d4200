import { type Lang, type Params, type ParamsOf, type ParamValue, term, type Term } from "@subsidia/messages";
import type { Span } from "./ast.js";
import { DIAGNOSTICS, type DiagnosticCode } from "./codes.js";
import type { MESSAGES_EN } from "./messages-en.js";
import { renderMessage } from "./render-diagnostic.js";

export { DIAGNOSTICS, type DiagnosticCode } from "./codes.js";
export type Severity = "error" | "warning";

/** A message of the catalogue: its code and a name, `N003.payer`. */
export type MessageId = keyof typeof MESSAGES_EN;
/** The named parameters of a message (those of its text and of its help), each a value, a term or a list. */
export type MessageParams<Id extends MessageId> = {
  [P in ParamsOf<(typeof MESSAGES_EN)[Id]["message"]> | ParamsOf<(typeof MESSAGES_EN)[Id]["help"]>]: ParamValue;
};
export type CodeOf<Id extends MessageId> = Id extends `${infer C extends DiagnosticCode}.${string}` ? C : never;

export const codeOf = <Id extends MessageId>(id: Id): CodeOf<Id> => id.slice(0, 4) as CodeOf<Id>;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** which message of the code (`N003.payer`); with `params` it renders the message in any language */
  id: MessageId;
  params: Params;
  /** in English: lowercase, no final period, user input in backticks, says what was expected */
  message: string;
  /** in English: what to write instead */
  help: string;
  span: Span;
  /** what would have been accepted here, when known */
  expected?: string[] | undefined;
  /** a likely intended spelling ("did you mean …") */
  suggestion?: string | undefined;
}

/** A diagnostic from its message and the values of the message's parameters; the text is rendered in English. */
export function diagnostic<Id extends MessageId>(
  id: Id,
  span: Span,
  params: MessageParams<Id>,
  extra: { expected?: string[] | undefined; suggestion?: string | undefined } = {},
): Diagnostic {
  const code = codeOf(id);
  const { message, help } = renderMessage(id, params as Params, "en");
  const d: Diagnostic = {
    code,
    severity: DIAGNOSTICS[code].severity,
    id,
    params: params as Params,
    message,
    help,
    span,
  };
  if (extra.expected !== undefined) d.expected = extra.expected;
  if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
  return d;
}

/** The message and help of a diagnostic in a language, rendered again from its id and parameters. */
export function localize(d: Diagnostic, lang: Lang): { message: string; help: string } {
  return lang === "en" ? { message: d.message, help: d.help } : renderMessage(d.id, d.params, lang);
}

/** `; did you mean \`x\`?` in the message's language, or nothing when there is no suggestion. */
export const didYouMean = (word: string | undefined): Term | "" =>
  word === undefined ? "" : term("didYouMean", { word });

/** Text in backticks, as messages quote names and user input: `` `amount` ``. */
export const tick = (s: string): string => `\`${s}\``;

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");

export { term, type Term, type Lang } from "@subsidia/messages";
