import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startClient } from "./lsp-client.js";

/** The package's own bin, as an editor other than VS Code starts it: `subsidia-language-server --stdio`. */
const bin = fileURLToPath(new URL("../bin/subsidia-language-server.mjs", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const hainan = "policies/hainan/biomedicine-awards-2022.subsidia";
const amendment = readFileSync(join(repo, "examples/library/FICTIONAL-hainan-amendment-2027.subsidia"), "utf8");

let client: Client;
let dir: string;
beforeAll(async () => {
  client = await startClient([bin], false);
  dir = mkdtempSync(join(tmpdir(), "subsidia-bin-library-"));
  mkdirSync(join(dir, "amendments"));
  copyFileSync(join(repo, hainan), join(dir, "hainan.subsidia"));
  writeFileSync(join(dir, "library.json"), '{ "levels": { "hn-biomedicine-awards-2022": "provincial" } }');
  writeFileSync(
    join(dir, "vocabulary.subsidia"),
    'vocabulary "enterprise" {\n  title "词表"\n}\n\ninput rdSpend: money "研发投入"\n',
  );
});
afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

const codes = (p: { diagnostics: { code?: number | string | undefined }[] }) => p.diagnostics.map((d) => d.code);

describe("the `subsidia-language-server` bin reads the library of a document from disk", () => {
  it("checks an amendment with the policy it amends (in a folder below the library's): no R013", async () => {
    const file = join(dir, "amendments", "a.subsidia");
    writeFileSync(file, amendment);
    expect(codes(await client.open(pathToFileURL(file).href, amendment))).toEqual([]);
  });

  it("reports what only the library can tell: an article the amended policy does not have (R096)", async () => {
    const file = join(dir, "amendments", "b.subsidia");
    const text = amendment
      .replace('amendment "FICTIONAL-hn-biomedicine-awards-2027"', 'amendment "b"')
      .replace("of article 6", "of article 9");
    writeFileSync(file, text);
    const published = await client.open(pathToFileURL(file).href, text);
    expect(codes(published)).toEqual(["R096"]);
    expect(published.diagnostics[0]?.message).toContain("has no article 9 to remove; expected one of 6");
    expect(published.diagnostics[0]?.range.start).toEqual({ line: 10, character: 37 });
  });

  it("resolves a policy's `uses` from the vocabulary beside it, and reads the editor's text, not the disk's", async () => {
    const file = join(dir, "p.subsidia");
    const text =
      'policy "p" {\n  title "p"\n}\n\nuses "enterprise"\n\narticle 1 "x" {\n  text "x"\n  clause c "x" {\n    text "x"\n    award 10% of rdSpend\n  }\n}\n';
    writeFileSync(file, text.replace('uses "enterprise"', 'uses "enterprize"'));
    expect(codes(await client.open(pathToFileURL(file).href, text))).toEqual([]);
  });

  it("reads a file outside any library with its own folder, as `subsidia check` does: the policy is not there", async () => {
    const alone = mkdtempSync(join(tmpdir(), "subsidia-bin-alone-"));
    try {
      const file = join(alone, "a.subsidia");
      writeFileSync(file, amendment);
      const published = await client.open(pathToFileURL(file).href, amendment);
      expect(codes(published)).toEqual(["R001"]);
      expect(published.diagnostics[0]?.message).toContain(
        "`hn-biomedicine-awards-2022` is not a policy of the library",
      );
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
