import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { evaluateUrl, logLines, post, repo, start, tempDir } from "./helpers.js";

/** docs/language.md's example of parameters: one pending, one whose value changes on 2027-01-01. */
function paramsPolicy(): string {
  const page = readFileSync(join(repo, "docs/language.md"), "utf8");
  const block = /```subsidia\n(\/\/ Parameters:[\s\S]*?)```/.exec(page);
  if (!block) throw new Error("docs/language.md has no example of parameters");
  return block[1]!;
}

test("the log names each declared parameter with the value it had on the application date", async () => {
  const library = tempDir();
  writeFileSync(join(library, "params.subsidia"), paramsPolicy());
  const s = await start({ policies: library });
  try {
    for (const date of ["2026-06-01", "2027-06-01"]) {
      const facts = { applicationDate: date, workshops: [{ id: "w-1" }] };
      expect((await post(evaluateUrl(s, "demo-params"), JSON.stringify(facts))).status).toBe(200);
    }
  } finally {
    await s.close();
  }
  const [before, after] = logLines(s.log);
  expect(before.as_of).toBe("2026-06-01");
  expect(before.policies[0].parameters).toEqual([
    { name: "rdRate", value: null, pending: "补助比例由实施细则确定" },
    { name: "workshopAward", value: "1000000", text: "100万元" },
  ]);
  expect(before.result.total).toBe("1000000.00");
  expect(after.policies[0].parameters[1]).toEqual({
    name: "workshopAward",
    value: "1500000",
    text: "150万元",
    from: "2027-01-01",
  });
  expect(after.result.total).toBe("1500000.00");
});
