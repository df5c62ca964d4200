import { entryHash } from "../decisions/chain.js";
import type { ServiceMessage } from "@subsidia/messages";
import { type Finding, finding } from "./finding.js";
import type { LogSource } from "./log-source.js";

export type { Finding } from "./finding.js";

export interface VerifyReport {
  source: string;
  decisions: number;
  /** the last decision's seq and hash: compare with a head recorded elsewhere to detect lines cut off the end */
  head: { seq: number; hash: string } | null;
  findings: Finding[];
}

/**
 * Checks the hash chain: every line is JSON, hashes to its `hash` (else it was edited), names the
 * previous line's hash as `prev_hash` (else a line before it was deleted, inserted or moved) and
 * carries the next `seq`. With `expectHead`, the last hash must be that one (lines cut off the end).
 */
export async function verifyLog(source: LogSource, options: { expectHead?: string } = {}): Promise<VerifyReport> {
  const findings: Finding[] = [];
  // the previous line's hash: undefined when it could not be read (not JSON), so the next line is not blamed
  let prev: { hash: string | null | undefined; where: string | null } = { hash: null, where: null };
  let nextSeq = 1;
  let head: VerifyReport["head"] = null;
  let decisions = 0;
  for await (const line of source.lines()) {
    decisions++;
    const problems: ServiceMessage[] = [];
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line.text) as Record<string, unknown>;
      if (e === null || typeof e !== "object" || Array.isArray(e)) throw new Error("not an object");
    } catch {
      findings.push(finding(line.where, "verify.notObject"));
      prev = { hash: undefined, where: line.where };
      nextSeq++;
      continue;
    }
    const hash = typeof e["hash"] === "string" ? e["hash"] : null;
    if (hash === null) problems.push({ key: "verify.noHash", params: {} });
    else if (entryHash(e) !== hash) problems.push({ key: "verify.edited", params: {} });
    if (prev.hash !== undefined && e["prev_hash"] !== prev.hash)
      problems.push(
        prev.where === null
          ? { key: "verify.firstPrevHash", params: { value: String(JSON.stringify(e["prev_hash"])) } }
          : { key: "verify.prevHash", params: { where: prev.where } },
      );
    if (e["seq"] !== nextSeq)
      problems.push({ key: "verify.seq", params: { value: String(JSON.stringify(e["seq"])), expected: nextSeq } });
    for (const p of problems) findings.push(finding(line.where, p.key, p.params));
    prev = { hash, where: line.where };
    if (typeof e["seq"] === "number") nextSeq = e["seq"] + 1;
    if (typeof e["seq"] === "number" && hash !== null) head = { seq: e["seq"], hash };
  }
  const tail = await source.tail();
  const end = `${source.description} (end)`;
  if (tail) findings.push(finding(end, tail.key, tail.params));
  if (options.expectHead !== undefined && head?.hash !== options.expectHead)
    findings.push(
      head
        ? finding(end, "verify.cutOff", { hash: head.hash, expected: options.expectHead })
        : finding(end, "verify.cutOffAbsent", { expected: options.expectHead }),
    );
  return { source: source.description, decisions, head, findings };
}
