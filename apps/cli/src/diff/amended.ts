import { compile } from "@subsidia/compiler";
import { policyOn } from "@subsidia/runtime";
import { readLibrary, requireLibrary } from "../library/load-library.js";
import { readText } from "../load.js";
import type { Paint } from "../paint.js";
import type { Versions } from "./versions.js";

/**
 * `subsidia diff POLICY AMENDMENT`: the policy against itself as amended, both read on the days
 * of the amendment's window (so that witnesses apply on a day it is in force); undefined when
 * the second file is not an amendment.
 */
export function amendedVersions(policyFile: string, amendmentFile: string, paint: Paint): Versions | undefined {
  const alone = compile(readText(amendmentFile), amendmentFile);
  if (!alone.diagnostics.some((d) => d.id === "R013.amendment")) return undefined;
  const lib = requireLibrary(readLibrary("", [policyFile, amendmentFile]), paint);
  const before = lib.policies.find((p) => p.file === policyFile);
  const amendment = lib.amendments[0];
  if (before === undefined || amendment === undefined) return undefined;
  const { from, to } = amendment.validity;
  const { policy: after } = policyOn(before, { rules: [], amendments: [amendment] }, () => from);
  const during = <P extends typeof before>(p: P): P =>
    p.validity
      ? { ...p, validity: { ...p.validity, from: maxOf(p.validity.from, from), to: minOf(p.validity.to, to) } }
      : p;
  const label = `${policyFile} as amended by ${amendmentFile} (from ${from})`;
  return { before: during(before), after: during(after), labels: [`${policyFile} (from ${from})`, label] };
}

const maxOf = (a: string, b: string) => (a > b ? a : b);
const minOf = (a: string, b: string) => (a < b ? a : b);
