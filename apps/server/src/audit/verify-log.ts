import { entryHash } from "../decisions/chain.js";
import type { LogSource } from "./log-source.js";

export interface Finding {
  where: string;
  message: string;
}

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
    const problems: string[] = [];
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line.text) as Record<string, unknown>;
      if (e === null || typeof e !== "object" || Array.isArray(e)) throw new Error("not an object");
    } catch {
      findings.push({ where: line.where, message: "not a JSON object; expected one decision per line" });
      prev = { hash: undefined, where: line.where };
      nextSeq++;
      continue;
    }
    const hash = typeof e["hash"] === "string" ? e["hash"] : null;
    if (hash === null) problems.push("no `hash`; expected the decision's SHA-256");
    else if (entryHash(e) !== hash)
      problems.push("its content does not hash to its `hash`: the line was edited after it was written");
    if (prev.hash !== undefined && e["prev_hash"] !== prev.hash)
      problems.push(
        prev.where === null
          ? `\`prev_hash\` is ${JSON.stringify(e["prev_hash"])}; expected null for the first decision: lines before it were deleted`
          : `\`prev_hash\` is not the hash of ${prev.where}: a line before it was deleted, inserted, moved or rewritten`,
      );
    if (e["seq"] !== nextSeq)
      problems.push(`\`seq\` is ${JSON.stringify(e["seq"])}; expected ${nextSeq}, the decision after the line before`);
    for (const message of problems) findings.push({ where: line.where, message });
    prev = { hash, where: line.where };
    if (typeof e["seq"] === "number") nextSeq = e["seq"] + 1;
    if (typeof e["seq"] === "number" && hash !== null) head = { seq: e["seq"], hash };
  }
  const tail = await source.tail();
  if (tail) findings.push({ where: `${source.description} (end)`, message: tail });
  if (options.expectHead !== undefined && head?.hash !== options.expectHead)
    findings.push({
      where: `${source.description} (end)`,
      message: `the last decision's hash is ${head ? `\`${head.hash}\`` : "absent"}; expected \`${options.expectHead}\`: decisions after it were cut off`,
    });
  return { source: source.description, decisions, head, findings };
}
