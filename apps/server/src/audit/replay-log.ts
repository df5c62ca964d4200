import { Policy } from "@subsidia/ir";
import type { Params, ServiceMessage } from "@subsidia/messages";
import { checkPolicy } from "@subsidia/runtime";
import { contentHash } from "../canonical-hash.js";
import { evaluateOne } from "../evaluation/evaluate-one.js";
import { matchPolicies } from "../evaluation/match.js";
import { type Finding, finding } from "./finding.js";
import { firstDifference } from "./json-difference.js";
import type { LogSource } from "./log-source.js";

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

/** A policy version from the store, or why it cannot be had. */
type Loaded = { policy: Policy } | { problem: ServiceMessage };

/** Loads the logged version of a policy from the store, checking that it is the version the hash names. */
async function loadVersion(source: LogSource, ref: { id: string; hash: string }): Promise<Loaded> {
  const { id, hash } = ref;
  const text = await source.policy(hash);
  if (text === undefined) return { problem: { key: "replay.notKept", params: { id, hash } } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: { key: "replay.storedNotJson", params: { id, hash } } };
  }
  if (contentHash(json) !== hash) return { problem: { key: "replay.storeChanged", params: { id, hash } } };
  const parsed = Policy.safeParse(json);
  if (!parsed.success) return { problem: { key: "replay.notIr", params: { id, detail: parsed.error.message } } };
  const errors = checkPolicy(parsed.data);
  if (errors.length > 0) return { problem: { key: "replay.invalidIr", params: { id, detail: errors[0]!.message } } };
  return { policy: parsed.data };
}

/** Evaluates a logged decision again, with the logged policy versions: the result, or why it cannot be had. */
function reevaluate(
  kind: unknown,
  policies: Policy[],
  input: unknown,
): { result: unknown } | { problem: ServiceMessage } {
  if (kind === "match") return { result: matchPolicies(policies, input) };
  if (kind !== "evaluate" || policies.length !== 1)
    return { problem: { key: "replay.unknownKind", params: { kind: shown(kind) } } };
  const outcome = evaluateOne(policies[0]!, input);
  if (outcome.ok) return { result: outcome.result };
  const first = outcome.errors[0];
  const error = first ? `${first.path}: ${first.message}` : "";
  return { problem: { key: "replay.rejected", params: { kind: outcome.kind, error } } };
}

/**
 * Re-evaluates every decision of a log with the policy versions it names (from the log's policy
 * store) and today's engine, and reports each whose result differs from the logged one.
 */
export async function replayLog(source: LogSource): Promise<ReplayReport> {
  const versions = new Map<string, Promise<Loaded>>();
  const findings: Finding[] = [];
  let decisions = 0;
  let replayed = 0;
  for await (const line of source.lines()) {
    decisions++;
    const report = (m: ServiceMessage) => findings.push(finding(line.where, m.key, m.params));
    let e: { kind?: unknown; policies?: unknown; input?: unknown; result?: unknown; masked?: unknown };
    try {
      e = JSON.parse(line.text);
    } catch {
      report({ key: "replay.notJson", params: {} });
      continue;
    }
    const refs = Array.isArray(e.policies) ? (e.policies as { id: string; hash: string }[]) : [];
    const loaded = await Promise.all(
      refs.map((r) => {
        if (!versions.has(r.hash)) versions.set(r.hash, loadVersion(source, r));
        return versions.get(r.hash)!;
      }),
    );
    const missing = loaded.flatMap((l) => ("problem" in l ? [l.problem] : []));
    if (missing.length > 0 || refs.length === 0) {
      report(missing[0] ?? { key: "replay.noPolicy", params: {} });
      continue;
    }
    const masked = Array.isArray(e.masked) && e.masked.length > 0 ? e.masked : [];
    // the masked paths: the finding's message notes that the masking may be why it does not replay
    const note: Params = masked.length > 0 ? { masked: masked.map((m) => `\`${m}\``).join(", ") } : {};
    const again = reevaluate(
      e.kind,
      loaded.flatMap((l) => ("policy" in l ? [l.policy] : [])),
      e.input,
    );
    if ("problem" in again) {
      report({ key: again.problem.key, params: { ...again.problem.params, ...note } });
      continue;
    }
    const d = firstDifference(e.result, JSON.parse(JSON.stringify(again.result)));
    if (d)
      report({
        key: "replay.differs",
        params: { path: d.path, logged: shown(d.left), replayed: shown(d.right), ...note },
      });
    else replayed++;
  }
  return { source: source.description, decisions, replayed, findings };
}
