import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

const messy = `policy "demo" { title "示例" }
input xs: list "项目" { id: string  amount: money }
article 1 "第一条" { text "按照30%给予补助。" clause c for each x in xs { award 30%   of x.amount // 三成
cap 100万元 } }
`;

const canonical = `policy "demo" {
  title "示例"
}

input xs: list "项目" {
  id: string
  amount: money
}

article 1 "第一条" {
  text "按照30%给予补助。"
  clause c for each x in xs {
    award 30% of x.amount // 三成
    cap 100万元
  }
}
`;

function draft(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "subsidia-fmt-")), "draft.subsidia");
  writeFileSync(file, text);
  return file;
}

describe("subsidia fmt", () => {
  test("every policy in the repository is formatted", () => {
    const r = cli(["fmt", "--check", "policies"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/already formatted/);
  });

  test("rewrites a file in place in the canonical style, then finds nothing to do", () => {
    const file = draft(messy);
    const r = cli(["fmt", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`formatted ${file}`);
    expect(readFileSync(file, "utf8")).toBe(canonical);
    expect(cli(["fmt", file]).stdout).toContain("1 file already formatted");
  });

  test("--check lists the files that would change, exits 1 and writes nothing", () => {
    const file = draft(messy);
    const r = cli(["fmt", "--check", file, flagship]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`would reformat ${file}`);
    expect(r.stdout).not.toContain(`would reformat ${flagship}`);
    expect(r.stdout).toContain("1 file would be reformatted, 1 file already formatted");
    expect(readFileSync(file, "utf8")).toBe(messy);
  });

  test("a file with syntax errors is left as it is and reported with its position", () => {
    const broken = 'article 1 "a" { clause c { award 30% of } }\n';
    const file = draft(broken);
    const r = cli(["fmt", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:1:41 error P004`);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  test("`-` formats standard input to standard output", () => {
    const r = cli(["fmt", "-"], messy);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(canonical);
    expect(cli(["fmt", "--check", "-"], messy).code).toBe(1);
    expect(cli(["fmt", "--check", "-"], canonical).code).toBe(0);
  });
});
