import { describe, expect, test } from "vitest";
import { commands } from "../src/program.js";
import { cli } from "./run-cli.js";

/** Names that read the same in every language: formats, protocols, programs. */
const NAMES = new Set([
  ...["JSON", "Lines", "JSONL", "SQL", "DDL", "CSV", "Parquet", "DuckDB", "Markdown", "README", "CI"],
  ...["Subsidia", "TypeScript", "JavaScript", "SDK", "LSP", "HTTP", "GET", "POST", "git", "zod", "bash", "zsh", "fish"],
]);

/**
 * The English words of a help text a Chinese reader would meet: every word of two or more Latin letters but those
 * of the usage line, the examples (commands to type), code in backticks, values in double quotes (defaults), flags
 * and placeholders (`--facts <file>`),
 * the names of the arguments and commands listed, paths and addresses.
 */
function englishWords(help: string): string[] {
  const bare = help
    .split("\n")
    .filter((l) => !l.startsWith("用法：") && !/^\s+\$ /.test(l))
    .map((l) => l.replace(/^ {2}\S+/, ""))
    .join("\n")
    .replace(/`[^`]*`|"[^"]*"/g, "")
    .replace(/(^|\s)(-{1,2}[\w-]+,?|<[^>]*>|\[[^\]]*\])/g, " ")
    .replace(/\S*[/.]\S*/g, "");
  return [...new Set(bare.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !NAMES.has(w));
}

describe("--help under --lang zh", () => {
  const all = [[], ...commands.map((c) => [c.name]), ["population", "sample"], ["population", "cliffs"]];

  test.each(all.map((c) => [c.join(" ") || "subsidia", c] as const))("%s", (_, command) => {
    const r = cli([...command, "--help", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：subsidia/);
    expect(r.stdout).toContain("\n选项：\n");
    expect(englishWords(r.stdout), r.stdout).toEqual([]);
    // English is as it was
    const english = cli([...command, "--help"]);
    expect(english.stdout).toMatch(/^Usage: subsidia/);
    expect(english.stdout).toContain("\nOptions:\n");
  });

  test("`--lang zh` before the command, and `help COMMAND`, give the same help", () => {
    const after = cli(["eval", "--help", "--lang", "zh"]).stdout;
    expect(after).toContain("申请人的事实，JSON 格式（`-` 表示标准输入）");
    expect(cli(["--lang", "zh", "eval", "--help"]).stdout).toBe(after);
    expect(cli(["--lang", "zh", "help", "eval"]).stdout).toBe(after);
  });
});
