import type { PolicyTest } from "@subsidia/ir";
import { fill, h } from "../dom.js";
import { t } from "../i18n.js";
import { examples, menuPolicies } from "../sources.js";

export const SHARED_ENTRY = "(shared link)";

/** The policy menu: the bundled policies, and the shared one when the page was opened from a link. */
export function renderPolicyMenu(select: HTMLSelectElement, current: string): void {
  const paths = menuPolicies.map((p) => p.path);
  fill(
    select,
    paths.map((p) => h("option", { value: p, selected: p === current }, p)),
    paths.includes(current) ? null : h("option", { value: current, selected: true }, current),
  );
}

/**
 * The facts menu: the contract's example applicants and the facts of each test of the policy. `loaded` is the
 * value of the facts now in the form (`example:…`, `test:…`, `empty`), shown as the menu's choice; "" when the
 * facts came from elsewhere (a shared link) or were edited since.
 */
export function renderFactsMenu(select: HTMLSelectElement, tests: PolicyTest[], loaded = ""): void {
  const name = loaded === "" ? undefined : optionName(loaded, tests);
  fill(
    select,
    h("option", { value: "", selected: name === undefined }, t("pg.menu.load")),
    h(
      "optgroup",
      { label: t("pg.menu.examples") },
      examples.map((e) => option(`example:${e.name}`, e.name, loaded)),
    ),
    tests.length > 0
      ? h(
          "optgroup",
          { label: t("pg.menu.tests") },
          tests.map((x, i) => option(`test:${i}`, x.name, loaded)),
        )
      : null,
    option("empty", t("pg.menu.empty"), loaded),
  );
  select.title = name === undefined ? t("pg.menu.load") : t("pg.menu.loaded", { name });
}

const option = (value: string, label: string, loaded: string) =>
  h("option", { value, selected: value === loaded }, label);

function optionName(value: string, tests: PolicyTest[]): string | undefined {
  if (value === "empty") return t("pg.menu.empty");
  if (value.startsWith("example:")) return value.slice("example:".length);
  if (value.startsWith("test:")) return tests[Number(value.slice(5))]?.name;
  return undefined;
}

/** The facts a facts-menu value stands for. */
export function factsFor(value: string, tests: PolicyTest[]): Record<string, unknown> | undefined {
  if (value === "empty") return {};
  if (value.startsWith("example:")) return structuredClone(examples.find((e) => `example:${e.name}` === value)?.facts);
  if (value.startsWith("test:")) return structuredClone(tests[Number(value.slice(5))]?.facts);
  return undefined;
}
