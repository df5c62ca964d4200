import { type Lang, serviceMessage } from "@subsidia/messages";
import { type Finding, findingMessage } from "./finding.js";
import type { ReplayReport } from "./replay-log.js";
import type { VerifyReport } from "./verify-log.js";

/** Where a finding is, in a language: the words of `row 5 (seq 5)` and `decisions.jsonl (end)` translated. */
function whereIn(lang: Lang, where: string): string {
  if (lang === "en") return where;
  const row = /^row (\d+) \(seq (\d+)\)$/.exec(where);
  if (row) return serviceMessage(lang, "where.row", { n: row[1]!, seq: row[2]! });
  const end = /^(.*) \(end\)$/s.exec(where);
  return end ? serviceMessage(lang, "where.end", { source: end[1]! }) : where;
}

/** A finding's line: `decisions.jsonl:2: its content does not hash…` (a full-width colon in Chinese). */
const line = (lang: Lang, f: Finding) =>
  `${whereIn(lang, f.where)}${lang === "zh" ? "：" : ": "}${findingMessage(lang, f.key, f.params)}`;

/** `subsidia verify-log`: one line per finding, then a summary with the head to record elsewhere. */
export function renderVerify(r: VerifyReport, lang: Lang = "en"): string {
  const lines = r.findings.map((f) => line(lang, f));
  const head = r.head ? serviceMessage(lang, "verify.head", { seq: r.head.seq, hash: r.head.hash }) : "";
  lines.push(
    r.findings.length === 0
      ? serviceMessage(lang, "verify.intact", { source: r.source, n: r.decisions, head })
      : serviceMessage(lang, "verify.problems", {
          source: r.source,
          problems: r.findings.length,
          n: r.decisions,
          head,
        }),
  );
  return `${lines.join("\n")}\n`;
}

/** `subsidia replay`: one line per decision that did not replay to its result, then a summary. */
export function renderReplay(r: ReplayReport, lang: Lang = "en"): string {
  const lines = r.findings.map((f) => line(lang, f));
  const differences = r.findings.length > 0 ? serviceMessage(lang, "replay.differences", { n: r.findings.length }) : "";
  lines.push(
    serviceMessage(lang, "replay.summary", { source: r.source, replayed: r.replayed, n: r.decisions, differences }),
  );
  return `${lines.join("\n")}\n`;
}
