/**
 * The flagship made k times larger, for the scaling table: its inputs, parameters, articles
 * and tests repeated k times, copy j renamed (`projects_2`, `rdStockRate_2`, clause
 * `smartFactory_2`, article 204 for article 4), so that every copy is checked as a policy of
 * its own would be. The validity date input and the header are shared.
 */
import type { Policy } from "@subsidia/ir";

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text of the flagship `k` times over (k = 1 is the flagship itself). */
export function scaledPolicy(text: string, ir: Policy, k: number): string {
  if (k === 1) return text;
  const date = ir.validity?.dateInput;
  // the header and the date input are shared; everything after them is repeated
  const dateLine = text.indexOf(`\ninput ${date}:`);
  const start = text.indexOf("\n", dateLine + 1);
  const head = text.slice(0, start + 1);
  const body = text.slice(start + 1);
  const names = [
    ...ir.inputs.map((i) => i.name).filter((n) => n !== date),
    ...ir.params.map((p) => p.name),
    ...ir.articles.flatMap((a) => a.clauses.map((c) => c.id)),
  ];
  const word = new RegExp(`\\b(${names.map(literally).join("|")})\\b`, "g");
  const copies = [body];
  for (let j = 2; j <= k; j++) {
    const renamed = body
      .replace(/(^|\n)(article )(\d+)/g, (_m, nl: string, kw: string, n: string) => `${nl}${kw}${j * 100 + Number(n)}`)
      .replace(/(^test ")/gm, `$1copy ${j}: `)
      .replace(word, `$1_${j}`);
    copies.push(renamed);
  }
  return head + copies.join("\n");
}
