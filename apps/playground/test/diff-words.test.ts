import { diffPolicies } from "@subsidia/diff";
import { describe, expect, it } from "vitest";
import { Checker } from "../src/engine/check.js";
import { changeCardWords } from "../src/panels/diff-words.js";
import { flagshipText } from "./flagship.js";

const policy = (text: string) => {
  const p = new Checker().run({ kind: "check", id: 1, text, file: "f.subsidia", facts: {} }).policy;
  if (!p) throw new Error("does not compile");
  return p;
};

/** The flagship with a cap lowered, a condition added, a clause renamed and another moved to article 5. */
const edited = (() => {
  const start = flagshipText.indexOf("  clause platformOperation ");
  const end = flagshipText.indexOf("\n  }\n", start) + "\n  }\n".length;
  const operation = flagshipText.slice(start, end);
  const moved = flagshipText.slice(0, start) + flagshipText.slice(end);
  const article5 = moved.indexOf("  clause ", moved.indexOf("\narticle 5 "));
  return (moved.slice(0, article5) + operation + moved.slice(article5))
    .replace("cap 1000万元", "cap 800万元")
    .replace("when p.performanceQualified\n", "when p.performanceQualified\n    when p.operating\n")
    .replaceAll("tcmSecondaryDevelopment", "tcmRedevelopment");
})();

describe("the compare panel's words in Chinese", () => {
  const before = policy(flagshipText);
  const changes = diffPolicies(before, policy(edited), { witnesses: false }).changes;

  it("says each change in Chinese, the policy's source as written", () => {
    const zh = changes.map((c) => changeCardWords(c, "zh"));
    expect(zh).toContainEqual({
      where: "第4条 platformConstruction",
      summary: "上限下调：1000万元 → 800万元",
      before: { text: "cap 1000万元", source: true },
      after: { text: "cap 800万元", source: true },
    });
    expect(zh).toContainEqual(expect.objectContaining({ summary: "新增条件：p.operating" }));
    expect(zh).toContainEqual(
      expect.objectContaining({ summary: "条款更名：tcmSecondaryDevelopment → tcmRedevelopment" }),
    );
    expect(zh).toContainEqual({
      where: "第5条 platformOperation",
      summary: "条款从第4条移至第5条",
      before: { text: "第4条", source: false },
      after: { text: "第5条", source: false },
      note: "其奖补改计入另一条",
    });
    // no English word outside the source: the policies' own words only
    const policyWords = new Set(`${flagshipText}\n${edited}`.match(/[A-Za-z]{2,}/g));
    const shown = zh.flatMap((w) => [
      w.where,
      w.summary,
      w.note ?? "",
      ...[w.before, w.after].map((s) => (s && !s.source ? s.text : "")),
    ]);
    const english = [...new Set(shown.join("\n").match(/[A-Za-z]{2,}/g))].filter((w) => !policyWords.has(w));
    expect(english).toEqual([]);
  });

  it("in English, the change as the diff wrote it", () => {
    const cap = changes.find((c) => c.kind === "cap")!;
    expect(changeCardWords(cap, "en")).toEqual({
      where: "art. 4 platformConstruction",
      summary: cap.summary,
      before: { text: "cap 1000万元", source: true },
      after: { text: "cap 800万元", source: true },
    });
  });
});
