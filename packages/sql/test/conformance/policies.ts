import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";

/** A policy of the suite with the facts its authors wrote for it (corpus cases, embedded tests). */
export interface SuitePolicy {
  name: string;
  policy: Policy;
  facts: unknown[];
}

const root = new URL("../../../../", import.meta.url).pathname;

function compiled(file: string): Policy | null {
  const out = compile(readFileSync(file, "utf8"), file);
  // an implementing rule is compiled with its library, not alone
  if (!out.ir && out.diagnostics.some((d) => d.code === "R013")) return null;
  if (!out.ir) throw new Error(`${file} does not compile: ${JSON.stringify(out.diagnostics.slice(0, 3))}`);
  return out.ir;
}

function subsidiaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? subsidiaFiles(join(dir, e.name)) : e.name.endsWith(".subsidia") ? [join(dir, e.name)] : [],
  );
}

/** Every corpus case, every policy of the library and every construct policy of this suite. */
export function suitePolicies(): SuitePolicy[] {
  const corpus = join(root, "corpus");
  const fixtures = readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, "cases.json")))
    .sort()
    .map((d) => ({
      name: `corpus/${d}`,
      policy: JSON.parse(readFileSync(join(corpus, d, "expected.ir.json"), "utf8")) as Policy,
      facts: (JSON.parse(readFileSync(join(corpus, d, "cases.json"), "utf8")) as { facts: unknown }[]).map(
        (c) => c.facts,
      ),
    }));
  const files = [
    ...subsidiaFiles(join(root, "policies")),
    ...subsidiaFiles(new URL("./constructs", import.meta.url).pathname),
  ].sort();
  const library = files.flatMap((file) => {
    const policy = compiled(file);
    return policy ? [{ name: file.slice(root.length), policy, facts: policy.tests.map((t) => t.facts) }] : [];
  });
  return [...fixtures, ...library];
}
