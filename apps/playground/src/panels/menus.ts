import type { PolicyTest } from "@subsidia/ir";
import { fill, h } from "../dom.js";
import { examples, policies } from "../sources.js";

export const SHARED_ENTRY = "(shared link)";

/** The policy menu: the bundled policies, and the shared one when the page was opened from a link. */
export function renderPolicyMenu(select: HTMLSelectElement, current: string): void {
  const paths = policies.map((p) => p.path);
  fill(
    select,
    paths.map((p) => h("option", { value: p, selected: p === current }, p)),
    paths.includes(current) ? null : h("option", { value: current, selected: true }, current),
  );
}

/** The facts menu: the contract's example applicants and the facts of each test of the policy. */
export function renderFactsMenu(select: HTMLSelectElement, tests: PolicyTest[]): void {
  fill(
    select,
    h("option", { value: "", selected: true }, "load facts…"),
    h(
      "optgroup",
      { label: "example applicants" },
      examples.map((e) => h("option", { value: `example:${e.name}` }, e.name)),
    ),
    tests.length > 0
      ? h(
          "optgroup",
          { label: "facts of the policy's tests" },
          tests.map((t, i) => h("option", { value: `test:${i}` }, t.name)),
        )
      : null,
    h("option", { value: "empty" }, "no facts (start from scratch)"),
  );
}

/** The facts a facts-menu value stands for. */
export function factsFor(value: string, tests: PolicyTest[]): Record<string, unknown> | undefined {
  if (value === "empty") return {};
  if (value.startsWith("example:")) return structuredClone(examples.find((e) => `example:${e.name}` === value)?.facts);
  if (value.startsWith("test:")) return structuredClone(tests[Number(value.slice(5))]?.facts);
  return undefined;
}
