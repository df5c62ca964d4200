import { diffPolicies, type Change } from "@subsidia/diff";
import type { Policy, Span } from "@subsidia/ir";
import { diffPanel } from "@subsidia/messages";
import { Dec, validateFacts } from "@subsidia/runtime";
import { currentLang } from "../i18n.js";
import type { Checker } from "./check.js";
import { sweep } from "./curve.js";
import type { Curve } from "./curve-types.js";
import type { CurveChoice, DiffRequest, DiffSnapshot } from "./protocol.js";

/** Where a change sits in one version: its clause, else its article, else the parameter it names. */
export function changeSpan(policy: Policy, change: Change): Span | null {
  const article = policy.articles.find((a) => a.number === change.article);
  const clause =
    change.clause !== null ? policy.articles.flatMap((a) => a.clauses).find((c) => c.id === change.clause) : undefined;
  if (clause) return clause.span;
  if (article) return article.span;
  const param = policy.params.find((p) => change.summary.includes(p.name));
  return param?.span ?? null;
}

function curveOf(policy: Policy, facts: unknown, choice: CurveChoice, axisEnd?: Dec): Curve | undefined {
  const valid = validateFacts(policy, facts);
  return valid.ok ? sweep(policy, valid.facts, choice, axisEnd) : undefined;
}

/** Both versions swept over the same x axis, the wider of the two. */
function bothCurves(before: Policy, after: Policy, facts: unknown, choice: CurveChoice): Curve | undefined {
  const b = curveOf(before, facts, choice);
  const a = curveOf(after, facts, choice);
  if (!b || !a) return undefined;
  if (b.xMax === a.xMax) return compareCurves(b, a);
  const end = Dec.max(b.xMax, a.xMax);
  const [b2, a2] = [curveOf(before, facts, choice, end), curveOf(after, facts, choice, end)];
  return b2 && a2 ? compareCurves(b2, a2) : undefined;
}

/** The changed text itself inside the span of its clause: `cap 500万元` in the clause. */
function exactSpan(text: string, around: Span | null, what: string | undefined): Span | null {
  const first = what?.split("\n")[0]?.trim();
  if (!around || !first) return null;
  const at = text.indexOf(first, around.offset);
  if (at < 0 || at + first.length > around.offset + around.length) return null;
  const line = text.slice(0, at).split("\n").length;
  return { offset: at, length: first.length, line, column: at - text.lastIndexOf("\n", at - 1) };
}

/** Both versions' curves on one chart: the saved one dashed, the edited one solid, each with its caps. */
export function compareCurves(before: Curve, after: Curve): Curve {
  const first = (c: Curve) => c.series.find((s) => s.current) ?? c.series[0];
  const [b, a] = [first(before), first(after)];
  const lang = currentLang();
  const moved = (label: string, c: Curve) => c.caps.map((cap) => ({ ...cap, label: `${label}: ${cap.label}` }));
  const capsDiffer = JSON.stringify(before.caps) !== JSON.stringify(after.caps);
  return {
    ...after,
    series: [
      ...(b ? [{ ...b, label: diffPanel(lang, "savedVersion"), current: false }] : []),
      ...(a ? [{ ...a, label: diffPanel(lang, "editedVersion"), current: true }] : []),
    ],
    caps: capsDiffer
      ? [...moved(diffPanel(lang, "saved"), before), ...moved(diffPanel(lang, "edited"), after)]
      : after.caps,
    thresholds:
      JSON.stringify(before.thresholds) === JSON.stringify(after.thresholds)
        ? after.thresholds
        : [
            ...before.thresholds.map((t) => ({ ...t, label: `${diffPanel(lang, "saved")}: ${t.label}` })),
            ...after.thresholds,
          ],
  };
}

/**
 * The semantic diff of the saved and the edited text (@subsidia/diff), where
 * each change is in both texts, and the award curves of both versions for the
 * focused change: drawn for its witness when it has one, else for the facts.
 */
export function compare(req: DiffRequest, checkers: { before: Checker; after: Checker }): DiffSnapshot {
  const before = checkers.before.run({ kind: "check", id: req.id, text: req.before, file: req.file, facts: {} }).policy;
  const after = checkers.after.run({ kind: "check", id: req.id, text: req.after, file: req.file, facts: {} }).policy;
  const base = { kind: "diff" as const, id: req.id, spans: [] };
  if (!before) return { ...base, problem: diffPanel(currentLang(), "savedBroken") };
  if (!after) return { ...base, problem: diffPanel(currentLang(), "editedBroken") };
  const diff = diffPolicies(before, after);
  const spans = diff.changes.map((c) => {
    const [b, a] = [changeSpan(before, c), changeSpan(after, c)];
    return {
      before: b,
      after: a,
      exactBefore: exactSpan(req.before, b, c.before),
      exactAfter: exactSpan(req.after, a, c.after),
    };
  });
  const focus =
    req.focus !== undefined ? diff.changes[req.focus] : diff.changes.find((c) => c.behavioural && c.clause !== null);
  const witness = focus?.witness ?? undefined;
  const facts = witness ? witness.facts : req.facts;
  const choice: CurveChoice | undefined = focus?.clause ? { clause: focus.clause, item: 0 } : req.curve;
  const curve = choice && bothCurves(before, after, facts, choice);
  return { ...base, diff, spans, curve, curveFacts: curve ? (witness ? "witness" : "facts") : undefined };
}
