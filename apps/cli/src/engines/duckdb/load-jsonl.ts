import { createReadStream } from "node:fs";
import type { Policy } from "@subsidia/ir";
import { compileAmounts } from "@subsidia/runtime";
import { type LayoutRows, layoutRows } from "@subsidia/sql";
import { piecesLines, splitLines } from "../../batch/chunks.js";
import { parseLine } from "../../batch/evaluate-lines.js";
import { DEFAULT_LIMITS, type FactsLimits } from "../../facts-input.js";
import { CliError } from "../../errors.js";
import { tr } from "../../lang.js";
import type { Staging } from "./staging.js";

/** The js engine's record of a line longer than `--max-bytes` (`subsidia batch`). */
const batchOversized = (bytes: number, max: number) =>
  `a line of more than ${Math.max(bytes, max)} bytes, more than the limit of ${max} (see --max-bytes)`;

/** A line that is not loaded: not JSON, not valid facts, or facts beyond the SQL layout. */
export interface Rejected {
  line: number;
  error: string;
  problems?: { path: string; message: string }[];
  /** which policy's facts they are not (diff: the old or the new version) */
  target?: number;
}

/**
 * Reads JSON Lines as `subsidia batch` does (lossless numbers, the runtime's facts validation),
 * one applicant per line numbered from 1, into the staged layout tables of each target policy.
 * A line any target rejects is loaded into none, and comes back with the reason.
 */
export async function loadJsonl(
  file: string,
  targets: readonly { policy: Policy; staging: Staging }[],
  opts: { skipBlank?: boolean; limits?: FactsLimits; oversized?: (bytes: number, max: number) => string } = {},
): Promise<{ lines: number; rejected: Rejected[] }> {
  const input = file === "-" ? process.stdin : createReadStream(file);
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          tr()("error.cannotRead", {
            what: `\`${file}\``,
            why:
              e.code === "ENOENT" ? tr()("error.noSuchFile") : e.code === "EISDIR" ? tr()("error.isFolder") : e.message,
          }),
        ),
      ),
    ),
  );
  const rejected: Rejected[] = [];
  // the runtime's generated facts reader: `validateFacts`' result, faster on valid facts
  const limits = opts.limits ?? DEFAULT_LIMITS;
  // as the js engine reads them: lists within `--max-items`; in a diff, the keys of either version
  const readers = targets.map((t, i) => {
    const read = compileAmounts(t.policy).readFacts;
    const allowKeys = targets.filter((_, j) => j !== i).flatMap((o) => o.policy.inputs);
    const options = allowKeys.length > 0 ? { maxItems: limits.maxItems, allowKeys } : { maxItems: limits.maxItems };
    return (facts: unknown) => read(facts, options);
  });
  const decoder = new TextDecoder();
  let line = 0;
  const read = (async () => {
    // lines end at a line feed only, as in `subsidia batch`: a lone CR is white space in JSON
    for await (const piece of splitLines(input as AsyncIterable<Uint8Array>, limits.maxBytes)) {
      if (piece.kind === "oversized") {
        line = piece.first;
        rejected.push({ line, error: (opts.oversized ?? batchOversized)(piece.bytes, limits.maxBytes) });
        continue;
      }
      for (const [i, text] of piecesLines(decoder.decode(piece.bytes)).entries()) {
        line = piece.first + i;
        loadLine(line, line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }
    }
  })();
  function loadLine(line: number, raw: string): void {
    if (opts.skipBlank && raw.trim() === "") return;
    const parsed = parseLine(raw, limits);
    if (!parsed.ok) {
      rejected.push({ line, error: parsed.message });
      return;
    }
    const rows: LayoutRows[] = [];
    let bad: Rejected | null = null;
    for (const [i, t] of targets.entries()) {
      const valid = readers[i]!(parsed.value);
      if (!valid.ok) {
        bad = { line, error: "invalid facts", problems: valid.errors, target: i };
        break;
      }
      const out = layoutRows(t.policy, line, valid.facts);
      if (out.errors.length > 0) {
        bad = { line, error: "invalid facts", problems: out.errors, target: i };
        break;
      }
      rows.push(out.rows);
    }
    if (bad) rejected.push(bad);
    else targets.forEach((t, i) => t.staging.add(rows[i]!));
  }
  await Promise.race([read, failed]);
  for (const t of targets) await t.staging.finish();
  return { lines: line, rejected };
}
