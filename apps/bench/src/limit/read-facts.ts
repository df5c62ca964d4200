/**
 * The integer-cents limit's facts reader: what a developer writes who knows the amounts are
 * in cents. Money becomes an integer number of cents in an ordinary number, read digit by
 * digit (no decimal library, no floating-point arithmetic on the amount); a fact of the wrong
 * shape throws with its path. Amounts with more than two decimals, or of 10^13 yuan and
 * more, are out of this evaluator's range: it throws `OutOfRange` rather than guess.
 */
export class BadFacts extends Error {}
export class OutOfRange extends Error {}

export type Obj = Record<string, unknown>;
const bad = (path: string, what: string): never => {
  throw new BadFacts(`${path}: expected ${what}`);
};

export function obj(v: unknown, path: string): Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : bad(path, "an object");
}

/** 10^15 cents: every product below (amount × 9) stays under 2^53. */
const MAX_CENTS = 1e15;

/** Integer cents of a plain decimal text `123.45`, `7`, `0.5`; -1 when it is not one. */
function centsOf(text: string): number {
  let cents = 0;
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    cents = cents * 10 + c;
  }
  if (i === 0) return -1;
  cents *= 100;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i === n - 1) return -1;
    const decimals = n - i - 1;
    if (decimals > 2) {
      for (let j = i + 1; j < n; j++) if (text.charCodeAt(j) < 48 || text.charCodeAt(j) > 57) return -1;
      throw new OutOfRange(`\`${text}\` has more than two decimals`);
    }
    for (let j = i + 1, scale = 10; j < n; j++, scale /= 10) {
      const c = text.charCodeAt(j) - 48;
      if (c < 0 || c > 9) return -1;
      cents += c * scale;
    }
  }
  if (cents >= MAX_CENTS) throw new OutOfRange(`\`${text}\` is beyond this evaluator's range`);
  return cents;
}

export function money(o: Obj, key: string, path: string): number;
export function money(o: Obj, key: string, path: string, optional: true): number | null;
export function money(o: Obj, key: string, path: string, optional = false): number | null {
  const v = o[key];
  if (v === undefined || v === null) return optional ? null : bad(`${path}.${key}`, "an amount");
  const text = typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v.trim() : null;
  if (typeof v === "number" && text?.includes("e"))
    throw new OutOfRange(`\`${text}\` is beyond this evaluator's range`);
  const cents = text === null ? -1 : centsOf(text);
  return cents >= 0 ? cents : bad(`${path}.${key}`, "a non-negative amount");
}

export function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  return typeof v === "boolean" ? v : bad(`${path}.${key}`, "true or false");
}

export function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  return typeof v === "string" && (values as readonly string[]).includes(v)
    ? (v as T)
    : bad(`${path}.${key}`, `one of ${values.join(", ")}`);
}

export function text(o: Obj, key: string, path: string): string {
  const v = o[key];
  return typeof v === "string" ? v : bad(`${path}.${key}`, "a string");
}

export function integer(o: Obj, key: string, path: string, min: number, max: number): number {
  const v = o[key];
  const n = typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= min && n <= max
    ? n
    : bad(`${path}.${key}`, `an integer from ${min} to ${max}`);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function date(o: Obj, key: string): string {
  const v = o[key];
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return bad(key, "a date YYYY-MM-DD");
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const max = mo === 2 && leap ? 29 : DAYS[mo - 1];
  return max !== undefined && d >= 1 && d <= max ? (v as string) : bad(key, "a real date");
}

/** The records of a list fact, each read by `read`; an absent list is empty. */
export function list<T>(facts: Obj, key: string, read: (o: Obj, path: string) => T): T[] {
  const v = facts[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return bad(key, "a list");
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = read(obj(v[i], `${key}[${i}]`), `${key}[${i}]`);
  return out;
}

/**
 * The facts' top-level values in one object of a fixed shape, read in one pass over the keys
 * the facts hold: applicants come in many shapes (each list present or not), and reading a key
 * an object does not hold is a slow lookup in V8. The same trick the compiled evaluator uses,
 * so that the limit stays the fastest code we know.
 */
export function topLevel(f: Obj): Obj {
  const g: Obj = {
    applicationDate: undefined,
    rdInvestment: undefined,
    pilotPlatforms: undefined,
    techContracts: undefined,
    projects: undefined,
    digitalisation: undefined,
    techTransformationLoans: undefined,
    clinicalTrials: undefined,
    productLaunches: undefined,
    tcmProducts: undefined,
    procurementWins: undefined,
    newFoodApprovals: undefined,
    keyNewProducts: undefined,
  };
  for (const k in f) if (Object.hasOwn(g, k)) g[k] = f[k];
  return g;
}
