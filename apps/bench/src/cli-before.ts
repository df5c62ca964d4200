/**
 * The CLI of an earlier commit, bundled by that commit's own `apps/cli/scripts/bundle.mjs`, for the
 * start-up rows "before": its `packages/`, `apps/cli` and `apps/server` taken with `git archive`, the working tree's
 * npm libraries linked in beside them (the versions are pinned), `@subsidia/*` its own packages.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { repo } from "./policy.js";

/** Bundles the CLI of commit `rev` into `dir`; returns its `bin/subsidia.mjs` (`node BIN eval …`). */
export function bundleCliAt(rev: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync(
    "git",
    ["-C", repo, "archive", "--format=tar", rev, "tsconfig.base.json", "packages", "apps/cli", "apps/server"],
    {
      maxBuffer: 1 << 30,
    },
  );
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "@subsidia"), { recursive: true });
  for (const name of readdirSync(join(repo, "node_modules")))
    if (name !== "@subsidia" && name !== ".bin") symlinkSync(join(repo, "node_modules", name), join(modules, name));
  for (const name of readdirSync(join(dir, "packages")))
    symlinkSync(join(dir, "packages", name), join(modules, "@subsidia", name));
  symlinkSync(join(dir, "apps/server"), join(modules, "@subsidia/server"));
  execFileSync(process.execPath, [join(dir, "apps/cli/scripts/bundle.mjs")], { cwd: dir, stdio: "inherit" });
  return join(dir, "apps/cli/bin/subsidia.mjs"); // runs its bundle, as the working tree's bin runs this one
}
