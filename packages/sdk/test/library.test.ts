import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { library, match } from "../src/index.js";

const applicant = JSON.parse(
  readFileSync(new URL("../../../examples/library/applicant.json", import.meta.url), "utf8"),
);

describe("match(facts, library)", () => {
  test("the generated library holds the policies, the FICTIONAL rule and the index of policies/", () => {
    const ids = library.policies.map((p) => p.id);
    // every policy of policies/: the flagship, the demo and the ten real policies of wave 2
    expect(ids).toHaveLength(12);
    expect(ids).toEqual(
      expect.arrayContaining(["demo-platform-support", "hlj-biomanufacturing-2026", "xm-software-2022"]),
    );
    expect(library.rules.map((r) => [r.id, r.implements])).toEqual([
      ["FICTIONAL-hlj-kjt-rd-subsidy-rates", "hlj-biomanufacturing-2026"],
    ]);
    expect(library.index?.entries.find((e) => e.id === "hlj-biomanufacturing-2026")?.level).toBe("provincial");
  });

  test("gives what `subsidia match` gives: awards largest first, stacked, the rule's rates paid", () => {
    const out = match(applicant);
    if (!out.ok) throw new Error(JSON.stringify(out));
    expect(out.awards.map((a) => `${a.policy} ${a.clause} ${a.amount}`)).toEqual([
      "demo-platform-support platformGrant 8000000.00",
      "hlj-biomanufacturing-2026 newFood 2000000.00",
      "hlj-biomanufacturing-2026 rdSubsidy 50000.00",
    ]);
    expect(out.total).toBe("10050000.00");
    expect(out.policies.find((p) => p.id === "hlj-biomanufacturing-2026")?.applied.rules).toHaveLength(2);
  });

  test("bad facts are refused with their path, never thrown", () => {
    expect(match({ applicationDate: "2026-02-30" })).toMatchObject({ ok: true, skipped: expect.any(Array) });
    expect(match("not facts")).toMatchObject({ ok: false, kind: "facts" });
  });
});
