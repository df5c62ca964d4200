import { Dec } from "@subsidia/runtime";
import type { Curve, CurveSeries } from "../engine/curve-types.js";
import { h, svg } from "../dom.js";
import { wan } from "../money.js";
import { t } from "../i18n.js";
import { type Label, placeLabels } from "./labels.js";
import { H, M, niceMax, scale, W, type Scale } from "./scale.js";

const TICKS = 5;

function path(series: CurveSeries, s: Scale): string {
  let d = "";
  let pen = false;
  for (const [x, y] of series.points) {
    if (y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${s.x(x).toFixed(1)},${s.y(y).toFixed(1)}`;
    pen = true;
  }
  return d;
}

function axes(xMax: string, yMax: number, s: Scale): SVGElement[] {
  const out: SVGElement[] = [];
  const bottom = H - M.bottom;
  for (let i = 0; i <= TICKS; i++) {
    const xv = new Dec(xMax).times(i).div(TICKS).toFixed();
    out.push(svg("line", { x1: s.x(xv), x2: s.x(xv), y1: M.top, y2: bottom, class: "grid" }));
    out.push(
      svg("text", { x: s.x(xv), y: bottom + 14, class: "tick", "text-anchor": "middle" }, i === 0 ? "0" : wan(xv)),
    );
    const yv = (yMax * i) / TICKS;
    out.push(svg("line", { x1: M.left, x2: W - M.right, y1: s.y(yv), y2: s.y(yv), class: "grid" }));
    out.push(
      svg(
        "text",
        { x: M.left - 6, y: s.y(yv) + 4, class: "tick", "text-anchor": "end" },
        i === 0 ? "0" : wan(new Dec(yMax).times(i).div(TICKS).toDecimalPlaces(2).toFixed()),
      ),
    );
  }
  out.push(svg("line", { x1: M.left, x2: W - M.right, y1: bottom, y2: bottom, class: "axis" }));
  out.push(svg("line", { x1: M.left, x2: M.left, y1: M.top, y2: bottom, class: "axis" }));
  return out;
}

/** The lines of caps, the knee and thresholds; their labels, and the applicant's, are placed by `labels`. */
function landmarks(c: Curve, s: Scale): { lines: SVGElement[]; labels: (Label & { class: string })[] } {
  const lines: SVGElement[] = [];
  const labels: (Label & { class: string })[] = [];
  const mark = { size: 10.5, class: "mark-label" };
  for (const cap of c.caps) {
    lines.push(svg("line", { x1: M.left, x2: W - M.right, y1: s.y(cap.at), y2: s.y(cap.at), class: "cap" }));
    labels.push({ ...mark, x: W - M.right - 4, y: s.y(cap.at) - 5, text: cap.label, anchor: "end" });
  }
  if (c.knee) {
    lines.push(svg("line", { x1: s.x(c.knee.at), x2: s.x(c.knee.at), y1: M.top, y2: H - M.bottom, class: "knee" }));
    labels.push({ ...mark, x: s.x(c.knee.at) + 4, y: H - M.bottom - 6, text: c.knee.label, anchor: "start" });
  }
  for (const t of c.thresholds) {
    lines.push(svg("line", { x1: s.x(t.at), x2: s.x(t.at), y1: M.top, y2: H - M.bottom, class: "threshold" }));
    const right = s.x(t.at) > W * 0.6;
    labels.push({
      ...mark,
      class: "mark-label threshold-label",
      x: s.x(t.at) + (right ? -4 : 4),
      y: M.top + 12,
      text: t.label,
      anchor: right ? "end" : "start",
    });
  }
  return { lines, labels };
}

/** The award curve as SVG, with a legend and a read-out of the award under the pointer. */
export function renderCurve(c: Curve): HTMLElement {
  const ys = c.series.flatMap((se) => se.points.flatMap(([, y]) => (y === null ? [] : [Number(y)])));
  const yMax = niceMax(Math.max(...ys, ...c.caps.map((x) => Number(x.at)), 1) * 1.12);
  const s = scale(Number(c.xMax), yMax);
  const lines = c.series.map((se, i) =>
    svg("path", { d: path(se, s), class: se.current ? "series current" : "series other", "data-series": i }),
  );
  const marks = landmarks(c, s);
  const right = c.current !== undefined && s.x(c.current.x) > W * 0.6;
  const current: (Label & { class: string })[] = c.current
    ? [
        {
          x: s.x(c.current.x) + (right ? -8 : 8),
          y: s.y(c.current.y ?? 0) + 16,
          class: "current-label",
          anchor: right ? "end" : "start",
          size: 11,
          text: `${c.item || t("pg.curve.facts")}: ${wan(c.current.x)} → ${c.current.y === null ? t("pg.pending") : wan(c.current.y)}`,
        },
      ]
    : [];
  // the applicant's label first: it keeps its place next to the point, the others move around it
  const placed = placeLabels([...current, ...marks.labels], M.top + 10, H - M.bottom - 4).map((l) =>
    svg("text", { x: l.x, y: l.y, class: l.class, "text-anchor": l.anchor }, l.text),
  );
  const marker = c.current
    ? [svg("circle", { cx: s.x(c.current.x), cy: s.y(c.current.y ?? 0), r: 5, class: "current-point" })]
    : [];
  const guide = svg("line", { class: "guide", y1: M.top, y2: H - M.bottom, x1: -10, x2: -10 });
  const readout = h("div", { class: "readout" }, t("pg.curve.hover"));
  const chart = svg(
    "svg",
    {
      viewBox: `0 0 ${W} ${H}`,
      class: "curve",
      role: "img",
      "aria-label": t("pg.curve.aria", { clause: c.clause, base: c.base }),
    },
    ...axes(c.xMax, yMax, s),
    ...marks.lines,
    ...lines,
    ...marker,
    ...placed,
    guide,
  );
  chart.addEventListener("pointermove", (e) => {
    const box = chart.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W;
    const main = c.series.find((x) => x.current) ?? c.series[0];
    if (!main || px < M.left) return;
    const want = s.invertX(px);
    const near = main.points.reduce((best, p) =>
      Math.abs(Number(p[0]) - want) < Math.abs(Number(best[0]) - want) ? p : best,
    );
    guide.setAttribute("x1", String(s.x(near[0])));
    guide.setAttribute("x2", String(s.x(near[0])));
    const award = near[1] === null ? t("pg.pending") : wan(near[1]);
    readout.textContent = t("pg.curve.readout", { base: c.base, x: wan(near[0]), award });
  });
  const legend = h(
    "ul",
    { class: "legend" },
    c.series.map((se) =>
      h("li", { class: se.current ? "current" : "other" }, h("span", { class: "swatch" }), se.label),
    ),
    c.uplifts.map((u) => h("li", { class: "uplift" }, u)),
  );
  return h("div", { class: "curve-box" }, chart, readout, legend);
}
