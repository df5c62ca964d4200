import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { cacheDir, cliCommand, repo } from "./run-cli.js";

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGINT");
});

/** Starts `subsidia ARGS --watch`; `next(text)` resolves with the output once it contains `text` (no timing). */
function watching(args: string[]) {
  const child = spawn(process.execPath, [...cliCommand, ...args, "--watch"], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: "1", LC_ALL: "", LANG: "C", SUBSIDIA_CACHE_DIR: cacheDir },
  });
  children.push(child);
  let out = "";
  let err = "";
  let exited: string | undefined;
  const waiters: { text: string; from: number; resolve: (s: string) => void; reject: (e: Error) => void }[] = [];
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  // a watcher that stops fails the test at once, with what it printed, instead of leaving it waiting
  child.on("exit", (code, signal) => {
    const printed = `stdout:\n${out}\nstderr:\n${err}`;
    exited = `the watcher exited (${code ?? signal}) before printing what was expected\n${printed}`;
    for (const w of waiters.splice(0)) w.reject(new Error(exited));
  });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    for (const w of [...waiters])
      if (out.indexOf(w.text, w.from) >= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(out.slice(w.from));
      }
  });
  let read = 0;
  return {
    /** the output after what was already read, once it contains `text` */
    next: (text: string) =>
      new Promise<string>((resolve, reject) => {
        const from = read;
        const done = (s: string) => {
          read = from + s.length;
          resolve(s);
        };
        if (out.indexOf(text, from) >= 0) done(out.slice(from));
        else if (exited !== undefined) reject(new Error(exited));
        else waiters.push({ text, from, resolve: done, reject });
      }),
  };
}

const fixture = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-watch-"));
  const file = join(dir, "a.subsidia");
  copyFileSync(join(repo, "policies", name), file);
  return { dir, file };
};

/** a hang fails in minutes, not at the suite's timeout (the child is killed after each test) */
const hang = 240_000;

describe("--watch", () => {
  test(
    "check re-checks a saved file and shows only what changed",
    async () => {
      const { dir, file } = fixture("heilongjiang/biomanufacturing-2026.subsidia");
      const other = join(dir, "b.subsidia");
      copyFileSync(file, other);
      const w = watching(["check", dir]);
      // as docs/cli.md shows it
      const page = readFileSync(join(repo, "docs/cli.md"), "utf8");
      const shown = page.slice(page.indexOf("$ npx subsidia check --watch policies\n") + 38).split("```")[0];
      expect(await w.next("watching for changes")).toBe(shown);
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace("award 30% of p.totalInvestment", "award 30% of p.totalInvestmnt"));
      const second = await w.next("watching for changes");
      expect(second).toMatch(/^re-ran at \d\d:\d\d:\d\d: the files whose result changed/);
      expect(second).toContain("a.subsidia");
      expect(second).toContain("error N002 unknown field `totalInvestmnt`");
      expect(second).not.toContain("b.subsidia");
      expect(second).toContain("1 error, 0 warnings");
      writeFileSync(file, text);
      const third = await w.next("watching for changes");
      expect(third).toContain(`${file}: no problems`);
      expect(third).toContain("no problems found");
    },
    hang,
  );

  test(
    "test re-runs the tests of a saved file",
    async () => {
      const { file } = fixture("heilongjiang/biomanufacturing-2026.subsidia");
      const w = watching(["test", file]);
      expect(await w.next("watching for changes")).toMatch(/\d+ passed, 0 failed/);
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace("cap 1000万元", "cap 999万元"));
      const second = await w.next("watching for changes");
      expect(second).toContain("✗");
      expect(second).toMatch(/\d+ passed, [1-9]\d* failed/);
    },
    hang,
  );

  test.runIf(spawnSync("sh", ["-c", "command -v script"]).status === 0)(
    "on a terminal: each run clears the screen, and the colours are escapes, not their marks",
    async () => {
      const { dir } = fixture("examples/demo-platform-support.subsidia");
      // `script` gives the watcher a pseudo-terminal, as a drafter's shell does
      const line = [process.execPath, ...cliCommand, "check", dir, "--watch"].map((w) => `'${w}'`).join(" ");
      const child = spawn("script", ["-qfec", line, "/dev/null"], {
        cwd: repo,
        env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", LC_ALL: "", LANG: "C", SUBSIDIA_CACHE_DIR: cacheDir },
      });
      children.push(child);
      let out = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          out += chunk;
          if (out.includes("watching for changes")) resolve();
        });
        child.on("exit", () => reject(new Error(`the watcher exited:\n${out}`)));
      });
      expect(out.startsWith("\x1b[2J\x1b[3J\x1b[H")).toBe(true);
      expect(out).toContain("\x1b[32mno problems found\x1b[39m");
      expect(out).not.toMatch(/[\u{E000}\u{E001}]/u);
    },
    hang,
  );

  test(
    "a path that does not exist is an error, not a watch",
    async () => {
      const w = watching(["check", "no-such-folder"]);
      await expect(w.next("watching for changes")).rejects.toThrow(/exited \(1\)[\s\S]*cannot read `no-such-folder`/);
    },
    hang,
  );
});
