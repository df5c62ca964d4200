import { Policy } from "@subsidia/ir";
import { checkPolicy } from "@subsidia/runtime";
import { contentHash } from "../canonical-hash.js";
import { evaluateOne } from "../evaluation/evaluate-one.js";
import { matchPolicies } from "../evaluation/match.js";
import { firstDifference } from "./json-difference.js";
import type { LogSource } from "./log-source.js";
import type { Finding } from "./verify-log.js";

export interface ReplayReport {
  source: string;
  decisions: number;
  /** decisions that replayed to the logged result */
  replayed: number;
  findings: Finding[];
}

const shown = (v: unknown) => {
  const text = v === undefined ? "absent" : JSON.stringify(v);
  return `\`${text.length > 80 ? `${text.slice(0, 77)}...` : text}\``;
};

/** Loads the logged version of a policy from the store, checking that it is the version the hash names. */
async function loadVersion(source: LogSource, ref: { id: string; hash: string }): Promise<Policy | string> {
  const text = await source.policy(ref.hash);
  if (text === undefined) return `policy \`${ref.id}\` version \`${ref.hash}\` is not kept in the policy store`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `the stored version \`${ref.hash}\` of \`${ref.id}\` is not JSON`;
  }
  if (contentHash(json) !== ref.hash)
    return `the stored version of \`${ref.id}\` does not hash to \`${ref.hash}\`: the policy store was changed`;
  const parsed = Policy.safeParse(json);
  if (!parsed.success)
    return `the stored version of \`${ref.id}\` is not IR this engine reads: ${parsed.error.message}`;
  const errors = checkPolicy(parsed.data);
  if (errors.length > 0) return `the stored version of \`${ref.id}\` is not valid IR: ${errors[0]!.message}`;
  return parsed.data;
}

/** Evaluates a logged decision again, with the logged policy versions: the result, or why it cannot be had. */
function reevaluate(kind: unknown, policies: Policy[], input: unknown): { result: unknown } | { problem: string } {
  if (kind === "match") return { result: matchPolicies(policies, input) };
  if (kind !== "evaluate" || policies.length !== 1) return { problem: `unknown decision kind ${shown(kind)}` };
  const outcome = evaluateOne(policies[0]!, input);
  if (outcome.ok) return { result: outcome.result };
  const first = outcome.errors[0];
  return { problem: `the input is now rejected (${outcome.kind}): ${first ? `${first.path}: ${first.message}` : ""}` };
}

/**
 * Re-evaluates every decision of a log with the policy versions it names (from the log's policy
 * store) and today's engine, and reports each whose result differs from the logged one.
 */
export async function replayLog(source: LogSource): Promise<ReplayReport> {
  const versions = new Map<string, Promise<Policy | string>>();
  const findings: Finding[] = [];
  let decisions = 0;
  let replayed = 0;
  for await (const line of source.lines()) {
    decisions++;
    const report = (message: string) => findings.push({ where: line.where, message });
    let e: { kind?: unknown; policies?: unknown; input?: unknown; result?: unknown; masked?: unknown };
    try {
      e = JSON.parse(line.text);
    } catch {
      report("not JSON; expected one decision per line");
      continue;
    }
    const refs = Array.isArray(e.policies) ? (e.policies as { id: string; hash: string }[]) : [];
    const loaded = await Promise.all(
      refs.map((r) => {
        if (!versions.has(r.hash)) versions.set(r.hash, loadVersion(source, r));
        return versions.get(r.hash)!;
      }),
    );
    const missing = loaded.filter((p): p is string => typeof p === "string");
    if (missing.length > 0 || refs.length === 0) {
      report(missing[0] ?? "names no policy; expected `policies`");
      continue;
    }
    const masked = Array.isArray(e.masked) && e.masked.length > 0 ? e.masked : [];
    const note =
      masked.length > 0
        ? ` (the input was masked at ${masked.map((m) => `\`${m}\``).join(", ")}: that may be why)`
        : "";
    const again = reevaluate(e.kind, loaded as Policy[], e.input);
    if ("problem" in again) {
      report(`cannot replay: ${again.problem}${note}`);
      continue;
    }
    const d = firstDifference(e.result, JSON.parse(JSON.stringify(again.result)));
    if (d) report(`the result differs at \`${d.path}\`: logged ${shown(d.left)}, replayed ${shown(d.right)}${note}`);
    else replayed++;
  }
  return { source: source.description, decisions, replayed, findings };
}
