/**
 * Pixel geometry of the award chart. Amounts stay decimal strings everywhere
 * else; here, and only here, they become floating point pixel positions.
 */
export const W = 560;
export const H = 250;
export const M = { left: 62, right: 30, top: 18, bottom: 34 };

/** A round axis end at or above `v`, for pixels only: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (mag * m >= v * 0.999999) return mag * m;
  return mag * 10;
}

export interface Scale {
  x: (yuan: string | number) => number;
  y: (yuan: string | number) => number;
  /** the yuan at a pixel x (for the hover read-out) */
  invertX: (px: number) => number;
}

export function scale(xMax: number, yMax: number): Scale {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  return {
    x: (v) => M.left + (Number(v) / xMax) * iw,
    y: (v) => M.top + ih - (Number(v) / yMax) * ih,
    invertX: (px) => ((px - M.left) / iw) * xMax,
  };
}
