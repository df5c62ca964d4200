import type { Article, Clause, Expr, Policy } from "@subsidia/ir";
import {
  Dec,
  EvaluationError,
  evaluatePolicy,
  type FactRecord,
  type FactValue,
  type NormalisedFacts,
} from "@subsidia/runtime";
import { baseOf, capsAndKnee, getPath, scope, thresholds, withValue, type Base } from "./curve-base.js";
import type { Curve, CurveOption, CurvePoint, CurveSeries } from "./curve-types.js";
import type { CurveChoice } from "./protocol.js";
import { t } from "../i18n.js";

/** Uniform samples across the x axis, besides the landmarks. */
const SAMPLES = 120;
const CENT = new Dec("0.01");

/** The id of a list item as results name it (docs/language.md: its `id` field, else `#1`, `#2`…). */
function itemId(record: FactRecord | undefined, index: number): string {
  const id = record?.["id"];
  return typeof id === "string" && id !== "" ? id : `#${index + 1}`;
}

function listOf(facts: NormalisedFacts, clause: Clause): readonly FactRecord[] {
  return clause.forEach ? ((facts[clause.forEach.list] as readonly FactRecord[] | undefined) ?? []) : [];
}

/** The clauses whose award can be drawn against a money base, with the items of the current facts. */
export function curveOptions(policy: Policy, facts: NormalisedFacts | undefined): CurveOption[] {
  const options: CurveOption[] = [];
  for (const article of policy.articles) {
    for (const clause of article.clauses) {
      const base = baseOf(clause);
      if (!base) continue;
      const items = clause.forEach ? (facts ? listOf(facts, clause).map((r, i) => itemId(r, i)) : []) : [""];
      options.push({
        clause: clause.id,
        article: article.number,
        title: clause.title,
        list: clause.forEach?.list,
        base: base.src,
        items,
      });
    }
  }
  return options;
}

function find(policy: Policy, id: string): { article: Article; clause: Clause } | undefined {
  for (const article of policy.articles) {
    const clause = article.clauses.find((c) => c.id === id);
    if (clause) return { article, clause };
  }
  return undefined;
}

/** The award of one item under the given facts: its amount, "0" for none, null when pending or not computable. */
function awardOf(policy: Policy, facts: NormalisedFacts, clause: string, item: string): string | null {
  try {
    const r = evaluatePolicy(policy, facts);
    const award = r.awards.find((a) => a.clause === clause && (a.item ?? "") === item);
    if (award) return award.amount;
    return r.pending.some((p) => p.clause === clause && (p.item ?? "") === item) ? null : "0";
  } catch (e) {
    if (e instanceof EvaluationError) return null;
    throw e;
  }
}

/** A round axis end at or above `v`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(v: Dec): Dec {
  if (v.lte(0)) return new Dec(10000000);
  const mag = new Dec(10).pow(v.toFixed(0).length - 1);
  for (const m of [1, 2, 2.5, 5, 10]) if (mag.times(m).gte(v)) return mag.times(m);
  return mag.times(10);
}

/** The x values to evaluate: a uniform grid plus each landmark and the cent below it (a `>=` jumps there). */
function xs(xMax: Dec, landmarks: Dec[]): Dec[] {
  const all = new Map<string, Dec>();
  const add = (x: Dec): void => {
    if (x.gte(0) && x.lte(xMax)) all.set(x.toFixed(2), x.toDecimalPlaces(2));
  };
  for (let i = 0; i <= SAMPLES; i++) add(xMax.times(i).div(SAMPLES));
  for (const l of landmarks) [l.minus(CENT), l, l.plus(CENT)].forEach(add);
  return [...all.values()].sort((a, b) => a.comparedTo(b));
}

/** The first uplift whose condition is a boolean the facts hold: the curve is drawn with it true and false. */
function upliftSwitch(clause: Clause): { kind: Base["kind"]; path: string[]; src: string } | undefined {
  for (const u of clause.uplifts) {
    const w: Expr | undefined = u.when;
    if (w && (w.k === "item" || w.k === "fact") && w.type === "boolean") return { kind: w.k, path: w.path, src: w.src };
  }
  return undefined;
}

/** Sweeps the base of one clause for one item and evaluates the whole policy at each point (from 0 to `axisEnd`, or a round figure past the landmarks). */
export function sweep(policy: Policy, facts: NormalisedFacts, choice: CurveChoice, axisEnd?: Dec): Curve | undefined {
  const found = find(policy, choice.clause);
  const base = found && baseOf(found.clause);
  if (!found || !base) return undefined;
  const { article, clause } = found;
  const record = scope(facts, clause, base.kind, choice.item);
  if (record === undefined) return undefined;
  const item = clause.forEach ? itemId(record, choice.item) : "";
  const currentX = getPath(record, base.path);
  const marks = thresholds(clause, base, policy);
  const { caps, knee } = capsAndKnee(clause, policy);
  const landmarks = [...marks.map((m) => new Dec(m.at)), ...(knee ? [new Dec(knee.at)] : [])];
  const xMax =
    axisEnd ?? niceCeil(Dec.max(0, ...landmarks, ...(Dec.isDecimal(currentX) ? [currentX] : [])).times(1.25));
  const points = xs(xMax, landmarks);

  const series = (label: string, current: boolean, at: NormalisedFacts): CurveSeries => ({
    label,
    current,
    points: points.map(
      (x): CurvePoint => [
        x.toFixed(),
        awardOf(policy, withValue(at, clause, base.kind, choice.item, base.path, x), clause.id, item),
      ],
    ),
  });
  const all: CurveSeries[] = [];
  const toggle = upliftSwitch(clause);
  const holder = toggle && scope(facts, clause, toggle.kind, choice.item);
  const now: FactValue | undefined = toggle && holder ? getPath(holder, toggle.path) : undefined;
  if (toggle && typeof now === "boolean") {
    all.push(series(t("pg.curve.factsSeries", { toggle: toggle.src, value: String(now) }), true, facts));
    all.push(
      series(
        t("pg.curve.otherSeries", { toggle: toggle.src, value: String(!now) }),
        false,
        withValue(facts, clause, toggle.kind, choice.item, toggle.path, !now),
      ),
    );
  } else {
    all.push(series(t("pg.curve.award"), true, facts));
  }
  return {
    clause: clause.id,
    article: article.number,
    item,
    base: base.src,
    xMax: xMax.toFixed(),
    series: all,
    thresholds: marks,
    caps,
    knee,
    uplifts: clause.uplifts.map(
      (u) =>
        `uplift ${u.rate.src} ${u.order === "before-cap" ? "before" : "after"} cap${u.when ? ` when ${u.when.src}` : ""}`,
    ),
    current: Dec.isDecimal(currentX)
      ? { x: currentX.toFixed(), y: awardOf(policy, facts, clause.id, item) }
      : undefined,
  };
}
