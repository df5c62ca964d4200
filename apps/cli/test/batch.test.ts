import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const examples = join(repo, "../shared/contract/examples");
const dir = mkdtempSync(join(tmpdir(), "subsidia-batch-"));
const records = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Applicant `i` gets one key new product whose award is 5% of (100000 + i) yuan: its total tells the line. */
const product = (i: number) => ({
  applicationDate: "2026-06-30",
  keyNewProducts: [
    {
      id: `k${i}`,
      provincialKeyNewProduct: true,
      annualSalesRevenue: "3000000",
      annualTransactionAmount: String(100000 + i),
    },
  ],
});
const expectedTotal = (i: number) => (Math.round((100000 + i) * 5) / 100).toFixed(2);

describe("subsidia batch", () => {
  test("one record per line, in input order, an error record for each bad line, a summary on stderr", () => {
    const lines = [
      JSON.stringify(product(1)),
      '{"applicationDate": "2026-06-30", ',
      "",
      JSON.stringify({
        applicationDate: "2026-06-30",
        projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: "1" }],
      }),
      '{"applicationDate":"2026-06-30","newFoodApprovals":[{"id":"a","category":"new-food-ingredient"}],"newFoodApprovals":[]}',
      JSON.stringify(product(2)),
    ];
    const r = cli(["batch", flagship, "--facts", "-"], `${lines.join("\n")}\n`);
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out[0]).toMatchObject({
      inForce: true,
      total: expectedTotal(1),
      awards: [{ article: 12, clause: "keyNewProduct", item: "k1", amount: expectedTotal(1) }],
    });
    expect(out[1]!.error).toMatch(/^malformed JSON: .* at column \d+; expected one JSON object of facts$/);
    expect(out[2]!.error).toBe("empty line: expected one JSON object of facts");
    expect(out[3]).toMatchObject({ error: "invalid facts", problems: [{ path: "projects[0].construction" }] });
    expect(out[4]!.error).toContain("duplicate key 'newFoodApprovals'");
    expect(out[5]).toMatchObject({ total: expectedTotal(2) });
    // piped: no progress bar, only the summary
    expect(r.stderr).toBe(
      `6 applicants → standard output in ${/in (\d+\.\d) s/.exec(r.stderr)?.[1]} s, ${/s, ([\d,]+)\/s/.exec(r.stderr)?.[1]}/s; 4 error records (lines 2, 3, 4, 5)\n` +
        `total due ${(5000.05 + 5000.1).toFixed(2)} 元; with up-to 10000.15 元\n`,
    );
  });

  test("thousands of lines over several workers come back complete and in order, into --out", () => {
    const input = join(dir, "many.jsonl");
    const output = join(dir, "many.out.jsonl");
    writeFileSync(input, Array.from({ length: 2500 }, (_, i) => JSON.stringify(product(i))).join("\n"));
    const r = cli(["batch", flagship, "--facts", input, "--out", output, "--workers", "2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const out = records(readFileSync(output, "utf8"));
    expect(out).toHaveLength(2500);
    out.forEach((x, i) => expect([x.line, x.total]).toEqual([i + 1, expectedTotal(i)]));
    expect(r.stderr).toContain(`2,500 applicants → ${output}`);
    expect(r.stderr).toContain("no errors");
  });

  test("the contract examples give the contract's figures, amounts exact beyond a double's digits", () => {
    const names = readdirSync(examples)
      .filter((f) => f.endsWith(".facts.json"))
      .sort();
    const big =
      '{"applicationDate":"2026-06-30","digitalisation":[{"id":"f","kind":"digital-workshop","provinciallyCertified":true,"contractAmount":12345678.905}],"techContracts":[{"id":"c","type":"transfer","seller":"university","actualPayment":1000000.02499999999999,"landedInProvince":true}]}';
    const input = [...names.map((n) => JSON.stringify(JSON.parse(readFileSync(join(examples, n), "utf8")))), big].join(
      "\n",
    );
    const r = cli(["batch", flagship, "--facts", "-", "--workers", "1"], input);
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    names.forEach((n, i) => {
      const exp = JSON.parse(readFileSync(join(examples, n.replace(".facts.json", ".expected.json")), "utf8"));
      expect(out[i]).toMatchObject({ inForce: exp.inForce, total: exp.total, upToTotal: exp.upToTotal });
      expect([...new Set((out[i]!.pending as { article: number }[]).map((p) => p.article))]).toEqual(
        exp.pendingArticles,
      );
    });
    // 10% of 12345678.905 = 1234567.8905 → 1234567.89; 20% of 1000000.02499999999999 is 200000.004999…, 200000.00
    // (read as a double the payment would be 1000000.025, and the award 200000.01)
    expect(out[names.length]!.awards).toEqual([
      { article: 5, clause: "techTransaction", item: "c", amount: "200000.00", basis: "exact" },
      { article: 8, clause: "digitalWorkshop", item: "f", amount: "1234567.89", basis: "exact" },
    ]);
  });

  test("--explain gives the interpreter's full results with explanations", () => {
    const r = cli(["batch", flagship, "--facts", "-", "--explain"], JSON.stringify(product(7)));
    const [rec] = records(r.stdout);
    expect(rec).toMatchObject({ line: 1, policy: "hlj-biomanufacturing-2026", total: expectedTotal(7) });
    expect((rec!.awards as { explanation: unknown[] }[])[0]!.explanation.length).toBeGreaterThan(2);
    expect((rec!.nonMonetary as unknown[]).length).toBeGreaterThan(0);
  });

  test.each([
    [["--facts", join(dir, "missing.jsonl")], "cannot read `"],
    [["--facts", "-", "--workers", "0"], "`--workers` expects a whole number from 1 to 64, got `0`"],
    [["--facts", "-", "--out", join(dir, "no-such-dir", "x.jsonl")], "cannot write `"],
    [["--facts", "-", "--out", "/dev/full"], "cannot write `/dev/full`: ENOSPC"],
  ])("bad input or output %j: an error on stderr, nothing on stdout", (args, message) => {
    const r = cli(["batch", flagship, ...args], "{}");
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });

  test("a policy with errors is reported with its diagnostics before anything is read", () => {
    const r = cli(["batch", "apps/cli/test/data/broken.subsidia", "--facts", "-"], "{}");
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/broken\.subsidia:\d+:\d+/);
  });
});
