/**
 * Places the chart's text labels (caps, the knee, thresholds, the applicant's point) so that no two overlap:
 * each keeps its x and moves up or down by whole lines, nearest first, within the plot. Widths are estimated
 * from the text (a CJK character is as wide as the font size, a Latin one a little over half of it), on the
 * side that stays sure: the e2e suite measures the real boxes in a browser.
 */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "end";
  size: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.62;
  return w;
}

/** The box a label covers: `y` is its baseline. */
export function boxOf(l: Label): Box {
  const w = textWidth(l.text, l.size);
  const x0 = l.anchor === "end" ? l.x - w : l.x;
  return { x0, x1: x0 + w, y0: l.y - l.size, y1: l.y + l.size * 0.3 };
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The labels with their y moved so that none overlaps one placed before it; `top`..`bottom` bound the baselines. */
export function placeLabels<L extends Label>(labels: readonly L[], top: number, bottom: number): L[] {
  const placed: L[] = [];
  for (const l of labels) {
    const step = l.size * 1.3 + 1;
    let best = l;
    for (let k = 0; k < 40; k++) {
      const dy = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * step;
      const y = l.y + dy;
      if (y < top || y > bottom) continue;
      const candidate = { ...l, y };
      if (!placed.some((p) => overlaps(boxOf(p), boxOf(candidate)))) {
        best = candidate;
        break;
      }
    }
    placed.push(best);
  }
  return placed;
}
