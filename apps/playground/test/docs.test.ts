import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMoneyText } from "../src/money.js";
import { encodeShare } from "../src/share.js";
import { example, flagshipText } from "./flagship.js";

const DOCS = fileURLToPath(new URL("../../../docs/", import.meta.url));
const page = readFileSync(`${DOCS}playground.md`, "utf8");

describe("docs/playground.md", () => {
  it("says truly what the money fields read", () => {
    const rows = [...page.matchAll(/^\| `([^`]+)` *\| `"([^"]*)"` *\|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const [, typed, held] of rows) expect(parseMoneyText(typed ?? ""), typed).toBe(held);
  });

  it("shows pictures that exist", () => {
    const images = [...page.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const img of images) expect(existsSync(`${DOCS}${img}`), img).toBe(true);
  });

  it("gives the length of a link to the flagship within 10%", async () => {
    const stated = Number(/makes a link of about ([\d ]+) characters/.exec(page)?.[1]?.replace(/ /g, ""));
    const hash = await encodeShare({
      policy: flagshipText,
      facts: example("platform-and-plant"),
      path: "heilongjiang/biomanufacturing-2026.subsidia",
    });
    expect(Math.abs(hash.length - stated) / hash.length).toBeLessThan(0.1);
  });
});
