import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cacheDir, cli, cliCommand, flagship, repo } from "./run-cli.js";

/** A folder with two policies, a facts file, another file and a subfolder, where completion runs. */
const dir = mkdtempSync(join(tmpdir(), "subsidia-completion-"));
for (const f of ["a.subsidia", "b.subsidia", "facts.json", "people.jsonl", "notes.txt"])
  writeFileSync(join(dir, f), "");
mkdirSync(join(dir, "sub"));
// a policy whose fact paths `--fixed` and `--what-if` complete
copyFileSync(join(repo, flagship), join(dir, "sub", "flagship.subsidia"));
/** `subsidia` as the completion scripts call it, as a shell function (the CLI is not installed here) */
const command = [process.execPath, ...cliCommand].map((w) => `'${w}'`).join(" ");
const subsidiaFn = `subsidia() { SUBSIDIA_CACHE_DIR='${cacheDir}' ${command} "$@"; }`;

const scripts = Object.fromEntries(
  (["bash", "zsh", "fish"] as const).map((shell) => {
    const r = cli(["completion", shell]);
    expect(r.code).toBe(0);
    const file = join(dir, `..${shell}-completion-${process.pid}`);
    writeFileSync(file, r.stdout);
    return [shell, file];
  }),
) as Record<"bash" | "zsh" | "fish", string>;

const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
const shellRun = (shell: string, script: string) => {
  const r = spawnSync(shell, ["-c", script], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean).sort();
};

/** What bash offers for `subsidia WORDS…` with the cursor on the last (possibly empty) word. */
const bash = (...words: string[]) =>
  shellRun(
    "bash",
    `source ${scripts.bash}; COMP_WORDS=(subsidia ${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length}; _subsidia; printf '%s\\n' "\${COMPREPLY[@]}"`,
  );

describe("subsidia completion bash", () => {
  test("registers a completion function for `subsidia`", () => {
    expect(shellRun("bash", `source ${scripts.bash}; complete -p subsidia`)).toEqual([
      "complete -o bashdefault -o filenames -F _subsidia subsidia",
    ]);
  });

  test("commands first, then policy files and folders for a command's arguments", () => {
    expect(bash("")).toEqual(expect.arrayContaining(["check", "eval", "init", "completion", "--lang"]));
    expect(bash("ev")).toEqual(["eval"]);
    expect(bash("eval", "")).toEqual(["a.subsidia", "b.subsidia", "sub"]);
    expect(bash("check", "a")).toEqual(["a.subsidia"]);
  });

  test("facts files after --facts, a language after --lang, options after a dash, the shells of completion", () => {
    expect(bash("eval", "a.subsidia", "--facts", "")).toEqual(["facts.json", "sub"]);
    expect(bash("--lang", "")).toEqual(["en", "zh"]);
    expect(bash("--lang", "zh", "eval", "")).toEqual(["a.subsidia", "b.subsidia", "sub"]);
    expect(bash("test", "--")).toEqual(expect.arrayContaining(["--coverage", "--min-coverage", "--watch", "--lang"]));
    expect(bash("diff", "a.subsidia", "--population", "")).toEqual(["people.jsonl", "sub"]);
    expect(bash("population", "")).toEqual(["cliffs", "sample"]);
    expect(bash("completion", "")).toEqual(["bash", "fish", "zsh"]);
  });
});

describe("completion of fact paths", () => {
  test("`completion fact-paths` lists the policy's facts as --fixed takes them; `what-if-paths` as --what-if does", () => {
    const fixed = cli(["completion", "fact-paths", flagship]).stdout.split("\n");
    expect(fixed).toEqual(expect.arrayContaining(["applicationDate", "projects", "projects.highTech"]));
    const whatIf = cli(["completion", "what-if-paths", flagship]).stdout.split("\n");
    expect(whatIf).toEqual(expect.arrayContaining(["projects[0].fixedAssetInvestment=", "applicationDate="]));
    expect(whatIf).not.toContain("projects=");
    // a file that is not a policy, or does not compile, gives nothing, and no error in the command line
    const broken = cli(["completion", "fact-paths", "apps/cli/test/data/broken.subsidia", "no-such.subsidia"]);
    expect([broken.code, broken.stdout, broken.stderr]).toEqual([0, "", ""]);
  });

  test("bash offers the fact paths of the policy on the line after --fixed and --what-if", () => {
    const line = (...words: string[]) =>
      shellRun(
        "bash",
        `${subsidiaFn}; source ${scripts.bash}; COMP_WORDS=(subsidia ${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length}; _subsidia; printf '%s\\n' "\${COMPREPLY[@]}"`,
      );
    expect(line("eval", "sub/flagship.subsidia", "--facts", "facts.json", "--fixed", "projects.hi")).toEqual([
      "projects.highTech",
    ]);
    expect(line("eval", "sub/flagship.subsidia", "--what-if", "projects[0].fixedA")).toEqual([
      "projects[0].fixedAssetInvestment=",
    ]);
  });
});

describe.runIf(has("zsh"))("subsidia completion zsh", () => {
  /** zsh's completion builtins stubbed to print what the function asks for. */
  const zsh = (...words: string[]) =>
    shellRun(
      "zsh",
      `_files() { print -r -- "_files $*" }; compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
source ${scripts.zsh}; words=(subsidia ${words.map((w) => `'${w}'`).join(" ")}); CURRENT=${words.length + 1}; _subsidia`,
    );

  test("asks for policy files, facts files, languages and commands where bash offers them", () => {
    expect(zsh("eval", "")).toEqual(["_files -g *.subsidia"]);
    expect(zsh("eval", "a.subsidia", "-f", "")).toEqual(["_files -g *.json"]);
    expect(zsh("--lang", "")).toEqual(["en", "zh"]);
    expect(zsh("")).toEqual(expect.arrayContaining(["check", "init", "completion"]));
    expect(zsh("init", "")).toEqual(["_files -/"]);
    const withCli = shellRun(
      "zsh",
      `${subsidiaFn}; compadd() { while [[ $1 == -* && $1 != -- ]]; do shift; [[ $1 == "" ]] && shift; done; [[ $1 == -- ]] && shift; print -rl -- "$@" }
source ${scripts.zsh}; words=(subsidia eval sub/flagship.subsidia --fixed ''); CURRENT=5; _subsidia`,
    );
    expect(withCli).toEqual(expect.arrayContaining(["projects.highTech", "applicationDate"]));
  });
});

describe.runIf(has("fish"))("subsidia completion fish", () => {
  const fish = (line: string) =>
    shellRun("fish", `source ${scripts.fish}; complete -C '${line}'`).map((l) => l.split("\t")[0]);

  test("offers commands, policy files and facts files", () => {
    expect(fish("subsidia ev")).toEqual(["eval"]);
    expect(fish("subsidia eval ")).toEqual(expect.arrayContaining(["a.subsidia", "b.subsidia", "sub/"]));
    expect(fish("subsidia eval ")).not.toContain("notes.txt");
    expect(fish("subsidia eval a.subsidia --facts ")).toEqual(expect.arrayContaining(["facts.json"]));
    expect(fish("subsidia --lang ")).toEqual(["en", "zh"]);
    const withCli = shellRun(
      "fish",
      `function subsidia; env SUBSIDIA_CACHE_DIR='${cacheDir}' ${command} $argv; end; source ${scripts.fish}; complete -C 'subsidia eval sub/flagship.subsidia --fixed projects.hi'`,
    );
    expect(withCli.map((l) => l.split("\t")[0])).toEqual(["projects.highTech"]);
  });
});
