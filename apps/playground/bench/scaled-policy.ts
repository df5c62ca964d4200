/**
 * A policy about `size` times the flagship's length, for benchmarks: the flagship's
 * header, inputs and parameters once, then copies of its articles and tests, each
 * with its own article numbers (+17 per copy), clause names (`…_2`) and test names.
 * It compiles without errors; its tests' totals count one copy, so they fail when run.
 */
export function scaledPolicy(flagship: string, size: number): string {
  let copies = size;
  while (build(flagship, copies).length < size * flagship.length) copies++;
  return build(flagship, copies);
}

function build(flagship: string, times: number): string {
  const articlesAt = flagship.indexOf("\narticle 1 ");
  const testsAt = flagship.indexOf("\ntest ");
  if (articlesAt < 0 || testsAt < 0) throw new Error("the flagship has no articles or tests: update scaled-policy.ts");
  const head = flagship.slice(0, articlesAt);
  const body = flagship.slice(articlesAt, testsAt);
  const tests = flagship.slice(testsAt);
  const clauses = [...body.matchAll(/clause (\w+)/g)].map((m) => m[1]!);
  const articles = [...body.matchAll(/\narticle (\d+) /g)].length;
  const copies: string[] = [];
  for (let k = 0; k < times; k++) copies.push(copy(body, tests, clauses, articles, k));
  return head + copies.map((c) => c.split("\0")[0]).join("") + copies.map((c) => c.split("\0")[1]).join("");
}

function copy(body: string, tests: string, clauses: string[], articles: number, k: number): string {
  if (k === 0) return `${body}\0${tests}`;
  const renumber = (s: string) =>
    s
      .replace(/(\narticle |expect article )(\d+)/g, (_, kw: string, n: string) => `${kw}${Number(n) + articles * k}`)
      .replace(/(clause |award |pending |no award )(\w+)/g, (all, kw: string, name: string) =>
        clauses.includes(name) ? `${kw}${name}_${k + 1}` : all,
      );
  const renamedTests = renumber(tests).replace(/\ntest "/g, `\ntest "copy ${k + 1}: `);
  return `${renumber(body)}\0${renamedTests}`;
}
