import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare } from "../src/share.js";
import { example, flagshipText } from "./flagship.js";

describe("share links", () => {
  it("carry the policy and the facts in the hash, compressed, and give them back unchanged", async () => {
    const facts = example("platform-and-plant");
    const hash = await encodeShare({
      policy: flagshipText,
      facts,
      path: "heilongjiang/biomanufacturing-2026.subsidia",
    });
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(flagshipText.length / 2);
    expect(await decodeShare(hash)).toEqual({
      policy: flagshipText,
      facts,
      path: "heilongjiang/biomanufacturing-2026.subsidia",
    });
  });

  it("ignore a hash that holds no shared policy", async () => {
    expect(await decodeShare("")).toBeNull();
    expect(await decodeShare("#section")).toBeNull();
  });

  it("say so when a link is damaged", async () => {
    const hash = await encodeShare({ policy: 'policy "x" {}', facts: {} });
    await expect(decodeShare(hash.slice(0, -6))).rejects.toThrow();
    const notOurs = await encodeShare({ policy: "x", facts: {} }).then((h) => h.replace("#s=", "#s=AA"));
    await expect(decodeShare(notOurs)).rejects.toThrow();
  });
});
