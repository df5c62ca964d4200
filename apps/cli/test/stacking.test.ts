import { expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

const demo = "policies/examples/demo-platform-support.subsidia";

test("two policies evaluated together: each platform gets only the more favourable award (从优、就高、不重复)", () => {
  const r = cli(["eval", flagship, demo, "--facts", "apps/cli/test/data/stacking.facts.json", "--json"]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  // small: the demo's 40% (800万) beats the flagship's 30% (600万); national: the flagship's 1500万 beats 1200万
  expect(out.total).toBe("23000000.00");
  const kept = out.results.flatMap((res: { policy: string; awards: { item: string; amount: string }[] }) =>
    res.awards.map((a) => `${res.policy} ${a.item} ${a.amount}`),
  );
  expect(kept.sort()).toEqual([
    "demo-platform-support small 8000000.00",
    "hlj-biomanufacturing-2026 national 15000000.00",
  ]);
  expect(out.superseded.map((s: { policy: string; item: string }) => `${s.policy} ${s.item}`).sort()).toEqual([
    "demo-platform-support national",
    "hlj-biomanufacturing-2026 small",
  ]);
});

test("the combined report says which award was not granted and why", () => {
  const r = cli(["eval", flagship, demo, "--facts", "apps/cli/test/data/stacking.facts.json"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Together (2 policies): total due 23000000.00 元");
  expect(r.stdout).toContain(
    "not granted (从优、就高、不重复): hlj-biomanufacturing-2026 art. 4 platformConstruction small 6000000.00",
  );
});
