/** One step of a mask path: a field name, any element of a list (`[*]`) or one element (`[2]`). */
type Step = { name: string } | { index: number | "*" };

export interface MaskPath {
  text: string;
  steps: Step[];
}

export const MASKED = "[masked]";

/**
 * Parses a mask path written as facts paths are (`applicant.creditCode`, `projects[*].id`,
 * `projects[0].fixedAssetInvestment`). Throws an Error saying what was expected.
 */
export function parseMaskPath(text: string): MaskPath {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "[") {
      const m = /^\[(\*|\d+)\]/.exec(text.slice(i));
      if (!m) throw new Error(`mask path \`${text}\`: expected \`[*]\` or \`[N]\` at column ${i + 1}`);
      steps.push({ index: m[1] === "*" ? "*" : Number(m[1]) });
      i += m[0].length;
      continue;
    }
    if (steps.length > 0) {
      if (text[i] !== ".") throw new Error(`mask path \`${text}\`: expected \`.\` or \`[\` at column ${i + 1}`);
      i++;
    }
    const m = /^[^.[\]]+/.exec(text.slice(i));
    if (!m) throw new Error(`mask path \`${text}\`: expected a field name at column ${i + 1}`);
    steps.push({ name: m[0] });
    i += m[0].length;
  }
  if (steps.length === 0) throw new Error("mask path ``: expected a field name such as `applicant.creditCode`");
  return { text, steps };
}

/**
 * A copy of `input` with the value at each path that is present replaced by `[masked]`, and the
 * concrete paths masked (`projects[1].id`), in the order found. `input` itself is not changed.
 */
export function applyMasks(input: unknown, paths: readonly MaskPath[]): { input: unknown; masked: string[] } {
  if (paths.length === 0) return { input, masked: [] };
  const copy = structuredClone(input);
  const masked: string[] = [];
  for (const p of paths) maskAt(copy, p.steps, "", masked);
  return { input: copy, masked };
}

function maskAt(value: unknown, steps: readonly Step[], at: string, masked: string[]): void {
  const [step, ...rest] = steps;
  if (!step || value === null || typeof value !== "object") return;
  if ("name" in step) {
    if (Array.isArray(value) || !Object.hasOwn(value, step.name)) return;
    const here = at === "" ? step.name : `${at}.${step.name}`;
    visit(value as Record<string, unknown>, step.name, rest, here, masked);
    return;
  }
  if (!Array.isArray(value)) return;
  const indexes = step.index === "*" ? value.keys() : [step.index].filter((i) => i < value.length);
  for (const i of indexes) visit(value as unknown as Record<string, unknown>, String(i), rest, `${at}[${i}]`, masked);
}

function visit(parent: Record<string, unknown>, key: string, rest: readonly Step[], at: string, masked: string[]) {
  if (rest.length > 0) return maskAt(parent[key], rest, at, masked);
  if (parent[key] === MASKED && masked.includes(at)) return;
  parent[key] = MASKED;
  masked.push(at);
}
