import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CompletionRequest, HoverRequest, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { positionOf, startClient } from "./lsp-client.js";

/** A policy with Chinese text before names on the same line, and a character outside the BMP (two UTF-16 units). */
const policy = `policy "demo" { title "演示" valid from 2020-01-01 to 2099-12-31 on applicationDate }
input applicationDate: date "申请日期"
input projects: list "项目" { id: string "编号" kind: enum("new", "old") "类型" amount: money "金额" }
param base: money = 100万元 from 2020-01-01, 200万元 from 2099-01-01 "《办法》第三条：基数"
article 1 "支持" {
  text "对𠀀项目给予补助。"
  units "省财政厅"
  clause support "补助" for each p in projects { text "𠀀补助" when p.kind = "new" award 10% of p.amount cap base }
}
test "一" { facts { applicationDate: 2026-01-01, projects: [{ id: "𠀀号", kind: "new", amount: 100万元 }] } expect total = 10万元 }
`;
const URI = "file:///demo.subsidia";

describe("editing over stdio", () => {
  it("re-checks as the text changes: codes, positions in UTF-16 units after Chinese text, related locations", async () => {
    const client = await startClient();
    expect((await client.open(URI, policy)).diagnostics).toEqual([]);

    // a misspelt field after a character outside the BMP on the same line: the column counts it as two units
    const at = positionOf(policy, 'when p.kind = "new"', 7);
    const typo = await client.change(URI, 2, [
      { range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: "knd" },
    ]);
    expect(typo.diagnostics).toMatchObject([
      { code: "N002", severity: 1, range: { start: at, end: { line: at.line, character: at.character + 3 } } },
    ]);
    expect(typo.diagnostics[0]?.message).toContain("unknown field `knd`");
    expect(policy.split("\n")[at.line]!.slice(0, at.character)).toContain("𠀀");

    // undo, then declare an input twice: the second points at the first
    await client.change(URI, 3, [
      { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: "kind" },
    ]);
    const end = positionOf(policy, "param base");
    const twice = await client.change(URI, 4, [
      { range: { start: end, end }, text: 'input projects: date "又一个"\n' },
    ]);
    const dup = twice.diagnostics.find((d) => d.code === "N003");
    expect(dup?.relatedInformation?.[0]).toMatchObject({
      message: "`projects` is first declared here",
      location: { uri: URI, range: { start: positionOf(policy, "input projects", 6) } },
    });
    expect(await client.stop()).toBe(0);
  });

  it("speaks the editor's language: 简体中文 diagnostics for a `zh-cn` editor, as `subsidia check --lang zh`", async () => {
    const serve = ["--import", "tsx", fileURLToPath(new URL("./serve.ts", import.meta.url))];
    const at = positionOf(policy, 'when p.kind = "new"', 7);
    const typo = policy.replace('when p.kind = "new"', 'when p.knd = "new"');
    const twice = policy.replace("param base", 'input projects: date "又一个"\nparam base');
    for (const [init, words] of [
      [{ locale: "zh-cn" }, ["未知的字段 `knd`", "\n提示：", "`projects` 首次声明于此"]],
      [
        { locale: "zh-cn", initializationOptions: { lang: "en" } },
        ["unknown field `knd`", "\nhelp: ", "first declared"],
      ],
    ] as const) {
      const client = await startClient(serve, true, init);
      const [n002] = (await client.open(URI, typo)).diagnostics;
      expect(n002).toMatchObject({ code: "N002", range: { start: at } });
      expect(n002?.message).toContain(words[0]);
      expect(n002?.message).toContain(words[1]);
      const dup = (await client.change(URI, 2, [{ text: twice }])).diagnostics.find((d) => d.code === "N003");
      expect(dup?.relatedInformation?.[0]?.message).toContain(words[2]);
      expect(await client.stop()).toBe(0);
    }
  });

  it("hovers a dated parameter with today's value and its citation; completes facts' keys in a test", async () => {
    const client = await startClient();
    await client.open(URI, policy);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: positionOf(policy, "cap base", 4),
    })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    expect(text).toMatch(/value on \d{4}-\d{2}-\d{2}: `100万元` = 1,000,000\.00 元 \(since 2020-01-01\)/);
    expect(text).toContain("《办法》第三条：基数");
    expect(text).toContain("> 𠀀补助");
    const keys = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: positionOf(policy, 'kind: "new", amount: 100万元 }]', 13),
    });
    expect((Array.isArray(keys) ? keys : (keys?.items ?? [])).map((k) => k.label)).toEqual(["id", "kind", "amount"]);
    expect(await client.stop()).toBe(0);
  });

  it("starts from the package's bin, as `subsidia-language-server --stdio`", async () => {
    const bin = fileURLToPath(new URL("../bin/subsidia-language-server.mjs", import.meta.url));
    const client = await startClient([bin], false);
    expect(client.initialized.serverInfo?.name).toBe("subsidia-language-server");
    expect((await client.open(URI, policy)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});
