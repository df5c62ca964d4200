import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

const repo = new URL("../../../", import.meta.url).pathname;

/** The files turbo hashes for each task, as `turbo run --dry=json` lists them. */
function inputs(): Map<string, string[]> {
  const r = spawnSync(join(repo, "node_modules/.bin/turbo"), ["run", "test", "--dry=json"], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status, r.stderr).toBe(0);
  const dry = JSON.parse(r.stdout) as { tasks: { taskId: string; inputs: Record<string, string> }[] };
  return new Map(dry.tasks.map((t) => [t.taskId, Object.keys(t.inputs)]));
}

test("the tests that read the case corpus and the policies hash them: editing a case re-runs them", () => {
  const tasks = inputs();
  for (const task of ["@subsidia/compiler#test", "@subsidia/runtime#test", "@subsidia/plan#test", "subsidia#test"]) {
    const files = tasks.get(task) ?? [];
    expect(files, task).toContain("../../corpus/aggregate-caps/cases.json");
    expect(files, task).toContain("../../corpus/tiers/input.subsidia");
    expect(files, task).toContain("../../policies/heilongjiang/biomanufacturing-2026.subsidia");
  }
});
