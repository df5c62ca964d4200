import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "subsidia-reduced-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A variety paid 210万元 before (lifetime cap 300万元), a certification paid once before, equipment over 3 years. */
const facts = join(tmp, "history.json");
writeFileSync(
  facts,
  JSON.stringify({
    applicationDate: "2026-03-01",
    awarded: [
      { clause: "procurement", item: "A", date: "2024-05-01", amount: 600000 },
      { clause: "procurement", item: "A", date: "2025-05-01", amount: 1500000 },
      { clause: "certification", date: "2022-01-10", amount: 2000000 },
      { clause: "equipment", date: "2023-04-01", amount: 9000000 },
    ],
    wins: [{ id: "A", sales: 60000000 }],
    parks: [],
    company: { revenue: 600000000, bestRevenue: 80000000, certified: true, investment: 10000000 },
  }),
);
const policy = "corpus/wave2-history/input.subsidia";

test("a cut names the line of the cap that bound; an item of 0 of itself is not listed as cut", () => {
  const r = cli(["eval", policy, "--facts", facts]);
  expect(r.code).toBe(0);
  const [reduced = "", zero = ""] = r.stdout.split("Eligible, but nothing to pay\n");
  // line 30 is `cap 300万元 over lifetime`, not the per-item `cap 300万元` of line 29
  expect(reduced).toContain(
    "Paid less than computed\n  art. 1 procurement · A 带量采购奖励: 900000.00 元 (90万元) instead of 1800000.00 元 (180万元)\n" +
      "      line 30: cut by 300万元",
  );
  expect(reduced).not.toContain("certification");
  expect(zero).toContain("  art. 4 certification 认证奖励: 0.00 元: once: already awarded on 2022-01-10 (2000000.00)");
  const zh = cli(["eval", policy, "--facts", facts, "--lang", "zh"]);
  expect(zh.stdout).toContain(
    "符合条件，但金额为 0\n  第4条 certification 认证奖励：0元：只奖励一次：已于 2022-01-10 获奖",
  );
  expect(zh.stdout).toContain("      第 30 行：受 300万元 限制");
});

test("a lifetime cap that bound says what was received and what it left, in the JSON and in Chinese", () => {
  const r = cli(["eval", policy, "--facts", facts, "--json"]);
  expect(r.code).toBe(0);
  const entry = JSON.parse(r.stdout).notAwarded.find(
    (n: { clause: string; item?: string }) => n.clause === "procurement" && n.item === "A",
  );
  expect(entry.because).toEqual([
    expect.objectContaining({
      src: "300万元",
      actual: "1800000.00",
      expected: "at most 900000 left of 3000000 over lifetime",
      text: "cap 300万元 (3000000) over lifetime: received 600000.00 (2024-05-01), 1500000.00 (2025-05-01), 900000 left; 1800000.00 without it",
    }),
  ]);
  const zh = cli(["eval", policy, "--facts", facts, "--lang", "zh"]);
  expect(zh.stdout).toContain("第 30 行：受 300万元 限制（剩余至多 90万元（终身累计 300万元））");
});
