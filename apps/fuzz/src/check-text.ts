import { compile } from "@subsidia/compiler";
import { format, hasErrors, parse } from "@subsidia/syntax";
import { checkDiagnostics } from "./check-diagnostics.js";
import { checkEvaluation } from "./check-evaluation.js";
import { commentsOf, comparableIr, stringsOf } from "./comparable.js";
import { factsSamples } from "./facts-samples.js";
import { must, show, stage } from "./must.js";

/**
 * The oracle of a policy text, whatever it holds: parse, compile and format never throw
 * and give well-formed diagnostics; a text without syntax errors formats to a fixed point
 * (formatting it again changes nothing) that keeps every string literal and comment and
 * compiles to the same IR and diagnostics up to layout; a policy that compiles evaluates
 * without throwing, the interpreter and the compiled evaluator agreeing on every sample
 * of facts.
 */
export function checkPolicyText(text: string, file = "fuzz.subsidia"): void {
  const parsed = stage("parse", () => parse(text, file));
  checkDiagnostics(parsed.diagnostics, text, file);
  const compiled = stage("compile", () => compile(text, file));
  checkDiagnostics(compiled.diagnostics, text, file);
  must(hasErrors(compiled.diagnostics) === (compiled.ir === undefined), "an IR with errors, or errors without IR");

  const formatted = stage("format", () => format(text, file));
  if (hasErrors(parsed.diagnostics)) {
    must(formatted.text === undefined, "a text with syntax errors was formatted");
    return;
  }
  const once = formatted.text;
  must(once !== undefined, `a text without syntax errors was not formatted: ${show(formatted.diagnostics)}`);
  const twice = stage("format (again)", () => format(once, file));
  must(twice.text === once, "formatting is not idempotent: format(format(x)) differs from format(x)");
  must(show(stringsOf(once)) === show(stringsOf(text)), "the formatter changed a string literal");
  must(show(commentsOf(once)) === show(commentsOf(text)), "the formatter lost or changed a comment");
  const recompiled = stage("compile (formatted)", () => compile(once, file));
  must(
    show(recompiled.diagnostics.map((d) => d.code)) === show(compiled.diagnostics.map((d) => d.code)),
    `the formatted text has other diagnostics: ${show(recompiled.diagnostics.map((d) => d.code))}`,
  );
  must(
    JSON.stringify(comparableIr(recompiled.ir)) === JSON.stringify(comparableIr(compiled.ir)),
    "the formatted text compiles to another IR",
  );
  if (compiled.ir !== undefined) checkEvaluation(compiled.ir, factsSamples(compiled.ir, text.length));
}
