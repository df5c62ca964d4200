import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

/** A policy whose one test leaves branches unexercised: the condition false, the cap binding, the uplift. */
const partial = `policy "coverage-demo" {
  title "覆盖率示例"
}

input contracts: list "合同" {
  id: string "合同编号"
  payment: money "实际支付额"
  national: boolean "国家级"
}

article 5 "技术交易" {
  text "对实际支付额100万元以上的合同，按照其实际支付额的20%给予资助，每项合同最高资助200万元。"
  clause trade for each c in contracts {
    when c.payment >= 100万元
    award 20% of c.payment
    cap 200万元
    uplift 10% after cap when c.national
  }
}

test "a contract of 150万元" {
  facts { contracts: [{ id: "a", payment: 150万元, national: false }] }
  expect award trade for "a" = 30万元
}
`;

function draft(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "subsidia-cov-")), "draft.subsidia");
  writeFileSync(file, text);
  return file;
}

describe("subsidia test --coverage", () => {
  test("the flagship's tests exercise every branch of every clause", () => {
    const r = cli(["test", "--coverage", "--min-coverage", "100", flagship]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/art4\.platformConstruction\s+9\/9\s+100%/);
    expect(r.stdout).toMatch(/art12 cap total\s+2\/2\s+100%/);
    expect(r.stdout).toMatch(/total\s+100\/100\s+100%/);
    expect(r.stdout).not.toContain("not exercised");
  });

  test("names each branch no test exercised, with its line", () => {
    const r = cli(["test", "--coverage", draft(partial)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/art5\.trade\s+4\/7\s+57\.1%/);
    expect(r.stdout).toContain("not exercised: when c.payment >= 100万元: false (line 14)");
    expect(r.stdout).toContain("not exercised: cap 200万元: binds (line 16)");
    expect(r.stdout).toContain("not exercised: uplift 10% when c.national: applied (line 17)");
  });

  test("--min-coverage fails under the percentage and passes at or above it", () => {
    const file = draft(partial);
    const under = cli(["test", "--min-coverage", "60", file]);
    expect(under.code).toBe(1);
    expect(under.stdout).toContain(`${file}: coverage 57.1% is under the minimum of 60%`);
    expect(cli(["test", "--min-coverage", "57", file]).code).toBe(0);
  });

  test("a --min-coverage that is not a percentage is refused", () => {
    const r = cli(["test", "--min-coverage", "lots", flagship]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("expected a percentage from 0 to 100; got `lots`");
  });
});
