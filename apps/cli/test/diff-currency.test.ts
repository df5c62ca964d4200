import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

/** `subsidia diff` of a cap rewritten from 元 into 美元 at an exchange rate: behavioural, with its witness in 美元. */
test("a witness shows an amount declared in another currency in that currency", () => {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-currency-"));
  const text = readFileSync(join(repo, "corpus/currency/input.subsidia"), "utf8");
  writeFileSync(join(dir, "old.subsidia"), text);
  writeFileSync(join(dir, "new.subsidia"), text.replace("    cap 500万元\n", "    cap 70万美元 at usdRate\n"));
  const r = cli(["diff", join(dir, "old.subsidia"), join(dir, "new.subsidia")]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("1 behavioural change");
  expect(r.stdout).toContain("projects[0] = { id: w1, foreignInvestment: 1400万美元, equipment: 0元 }");
  expect(r.stdout).toContain("new: 4970000.00 元 (497万元) due");
});
