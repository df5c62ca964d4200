import { translateEvalError } from "@subsidia/messages";
import type { SqlCompileError } from "@subsidia/sql";
import { cliLang } from "../lang.js";
import { colon } from "../why-not-report.js";

/** Why SQL cannot compute a policy: the clause's path, then the reason, in the CLI's language. */
export function sqlReason(e: SqlCompileError): string {
  const lang = cliLang();
  return `${e.path ? `${e.path}${colon(lang)}` : ""}${translateEvalError(e.message, lang)}`;
}
