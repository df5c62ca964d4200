import { describe, expect, test } from "vitest";
import { applyMasks, parseMaskPath } from "../src/decisions/mask.js";
import { applicant, cli, evaluateUrl, logLines, post, start } from "./helpers.js";

describe("masking the input in the decision log", () => {
  test("configured paths are masked in the log and listed; the answer is not masked", async () => {
    const s = await start({ masks: ["rdInvestment.previous", "techContracts[*].seller", "pilotPlatforms[0].id"] });
    try {
      const facts = JSON.parse(applicant);
      facts.techContracts.push({ ...facts.techContracts[0], id: "c-2", seller: "enterprise" });
      const r = await post(evaluateUrl(s), JSON.stringify(facts));
      expect(r.status).toBe(200);
      const entry = logLines(s.log)[0];
      expect(entry.masked).toEqual([
        "rdInvestment.previous",
        "techContracts[0].seller",
        "techContracts[1].seller",
        "pilotPlatforms[0].id",
      ]);
      expect(entry.input.rdInvestment).toEqual({ current: "800000", previous: "[masked]" });
      expect(entry.input.techContracts.map((c: { seller: string }) => c.seller)).toEqual(["[masked]", "[masked]"]);
      expect(entry.input.pilotPlatforms[0].id).toBe("[masked]");
      expect(JSON.stringify(entry.input)).not.toMatch(/university|enterprise|cv-1/);
      expect(r.json().awards.find((a: { item?: string }) => a.item === "cv-1")).toBeDefined();
    } finally {
      await s.close();
    }
    // masked facts that the evaluation reads cannot be replayed exactly, and replay says so
    const replay = cli(["replay", s.log]);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/the input was masked at `rdInvestment\.previous`, .*: that may be why/);
  });

  test("a path absent from the input masks nothing", () => {
    const input = { a: [{ b: 1 }, { c: 2 }] };
    expect(applyMasks(input, [parseMaskPath("a[*].b"), parseMaskPath("x.y"), parseMaskPath("a[5].b")])).toEqual({
      input: { a: [{ b: "[masked]" }, { c: 2 }] },
      masked: ["a[0].b"],
    });
    expect(input.a[0]!.b).toBe(1);
  });

  test.each([
    ["a..b", "expected a field name at column 3"],
    ["a[x]", "expected `[*]` or `[N]` at column 2"],
    ["", "expected a field name such as `applicant.creditCode`"],
    ["a]b", "expected `.` or `[` at column 2"],
  ])("a malformed path `%s` is refused: %s", (path, message) => {
    expect(() => parseMaskPath(path)).toThrow(message);
  });

  test("`subsidia serve` refuses a malformed mask path as wrong usage (exit 2)", () => {
    const r = cli(["serve", "--port", "0", "--no-decision-log", "--mask", "projects[one].id"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: --mask: mask path `projects[one].id`: expected `[*]` or `[N]` at column 9\n");
  });
});
