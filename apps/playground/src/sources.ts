/**
 * What the menus load: every policy of the repository's `policies/` folder and
 * the example applicants, bundled into the static site at build time (Vite's
 * `?raw` and JSON imports), so the site needs no server to read them.
 */

export interface PolicySource {
  /** the path under `policies/`, shown in the menu: `heilongjiang/biomanufacturing-2026.subsidia` */
  path: string;
  text: string;
}

export interface FactsExample {
  name: string;
  facts: Record<string, unknown>;
}

const policyTexts = import.meta.glob<string>("../../../policies/**/*.subsidia", {
  query: "?raw",
  import: "default",
  eager: true,
});
const exampleFacts = import.meta.glob<Record<string, unknown>>("./examples/*.facts.json", {
  import: "default",
  eager: true,
});

export const FLAGSHIP_PATH = "heilongjiang/biomanufacturing-2026.subsidia";

export const policies: PolicySource[] = Object.entries(policyTexts)
  .map(([file, text]) => ({ path: file.replace(/^.*\/policies\//, ""), text }))
  .sort((a, b) => (a.path === FLAGSHIP_PATH ? -1 : b.path === FLAGSHIP_PATH ? 1 : a.path.localeCompare(b.path)));

/**
 * What the policy menu offers: the policies, not the implementing rules, amendments and
 * vocabularies beside them (opened alone, a rule has no policy to fill: R013).
 */
export const menuPolicies: PolicySource[] = policies.filter((p) => /^\s*policy\s+"/m.test(p.text));

/** The contract's example applicants of the flagship (copied from the contract into `src/examples/`). */
export const examples: FactsExample[] = Object.entries(exampleFacts)
  .map(([file, facts]) => ({ name: file.replace(/^.*\//, "").replace(/\.facts\.json$/, ""), facts }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const DEFAULT_EXAMPLE = "platform-and-plant";

export function flagship(): PolicySource {
  const found = policies.find((p) => p.path === FLAGSHIP_PATH);
  if (!found) throw new Error(`the flagship policy \`${FLAGSHIP_PATH}\` is not bundled`);
  return found;
}

const IMPLEMENTS = /^\s*(?:rule|amendment)\s+"[^"]*"\s+(?:implements|amends)\s+"([^"]*)"/m;

/**
 * The bundled rules and amendments written for a policy (`rule "…" implements "ID"`,
 * `amendment "…" amends "ID"`): what the library panel offers beside it.
 */
export function libraryOf(policyId: string): PolicySource[] {
  return policies.filter((p) => IMPLEMENTS.exec(p.text)?.[1] === policyId);
}
