import { rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flagshipText } from "../test/flagship.js";
import { hasChromium, launch } from "./browser.js";
import { productionBuild } from "./build.js";
import { openPage, pageErrors, screenshot, total } from "./page.js";
import { serveStatic } from "./server.js";

if (!hasChromium) console.warn("playground e2e skipped: /usr/bin/chromium is absent (apt-get install -y chromium)");

/** The line of art. 4's construction cap in the flagship, counted from the file. */
const CAP_AT = flagshipText.indexOf("cap 1000万元", flagshipText.indexOf("clause platformConstruction"));
const CAP_LINE = flagshipText.slice(0, CAP_AT).split("\n").length;

/** Selects art. 4's construction cap in the editor the way a reader would: by its explanation step. */
async function selectCap(page: Page): Promise<void> {
  await page.locator("[data-tab=awards]").click();
  const award = page.locator("details[data-clause=platformConstruction]");
  if (!(await award.evaluate((d) => (d as HTMLDetailsElement).open))) await award.locator("summary").click();
  await award.locator(".step-link", { hasText: "cap 1000万元" }).click();
  await expect.poll(() => page.locator(".cm-flash").innerText()).toBe("cap 1000万元");
}

/** Lowers art. 4's cap to 500万元, opens the comparison and returns the changed cap's card. */
async function lowerCapAndCompare(page: Page) {
  await selectCap(page);
  await page.keyboard.type("cap 500万元");
  await expect.poll(() => total(page)).toBe("57500000.00");
  await page.locator("#diff-open").click();
  const change = page.locator(".change.behavioural[data-clause=platformConstruction]");
  await change.waitFor();
  return change;
}

describe.skipIf(!hasChromium)("playground in a browser", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let dist = "";

  beforeAll(async () => {
    dist = await productionBuild();
    server = await serveStatic(dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("opens on the flagship policy and shows its total for the example applicant", async () => {
    const page = await openPage(browser, server.url);
    expect(await total(page)).toBe("59000000.00");
    await expect.poll(() => page.locator("[data-testid=total]").innerText()).toBe("5900万元");
    expect(await page.locator(".cm-content").innerText()).toContain('policy "hlj-biomanufacturing-2026"');
    await expect.poll(() => page.locator("#status").innerText()).toContain("✓ compiles");
    // the curve of art. 4's construction subsidy, with the applicant's platform marked
    await page.locator("svg.curve .current-point").waitFor();
    expect(await page.locator("#curve-clause").inputValue()).toBe("platformConstruction");
    expect(await page.locator("svg.curve").innerHTML()).toContain("cap 1000万元");
    expect(await page.locator(".legend").innerText()).toContain("uplift 50% after cap when p.nationalPilotPlatform");
    await screenshot(page, "overview");
    expect(pageErrors(page)).toEqual([]);
  });

  it("follows an edit of art. 4's cap: total and curve change", async () => {
    const page = await openPage(browser, server.url);
    await selectCap(page);
    await page.keyboard.type("cap  500万元");
    // 30% of 2000万元 = 600万元, capped at 500万元, +50% for a national platform: 750万元 instead of 900万元
    await expect.poll(() => total(page)).toBe("57500000.00");
    await page.locator("#format").click();
    await expect.poll(() => page.locator("#format-note").innerText()).toBe("formatted");
    // the cap's explanation step now points at the formatted text
    await page.locator("details[data-clause=platformConstruction] .step-link", { hasText: "cap 500万元" }).click();
    await expect.poll(() => page.locator(".cm-flash").innerText()).toBe("cap 500万元");
    await expect.poll(() => page.locator("svg.curve").innerHTML()).toContain("cap 500万元");
    expect(await page.locator("svg.curve .current-label").textContent()).toContain("2000万元 → 750万元");
    await screenshot(page, "edited-cap");
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows a typing mistake as a diagnostic at its line, and keeps the last result", async () => {
    const page = await openPage(browser, server.url);
    await selectCap(page);
    await page.keyboard.type("cap 1000万元 * rate");
    const problem = page.locator(".problem.sev-error").first();
    await expect.poll(() => problem.getAttribute("data-line")).toBe(String(CAP_LINE));
    // the text typed so far is checked as it is typed (`r`, `ra`, …): wait for the check of the whole name
    await expect.poll(() => problem.innerText()).toContain("`rate`");
    expect(await problem.innerText()).toContain("N001");
    expect(await page.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await page.locator("#totals").innerText()).toContain("last result that compiled");
    await problem.locator("button").click();
    await expect.poll(() => page.locator(".cm-flash").innerText()).toBe("rate");
    await screenshot(page, "error");
  });

  it("builds the facts form from the inputs: a new project makes an award appear", async () => {
    const page = await openPage(browser, server.url);
    await page.locator("#facts-menu").selectOption("empty");
    await expect.poll(() => page.locator("#totals").innerText()).toContain("the facts have 1 problem");
    await page.locator("[data-tab=facts]").click();
    await page.locator('[id="fact-applicationDate"]').fill("2026-06-30");
    await page.locator("details.list[data-path=projects] > summary").click();
    await page.locator("button[data-add=projects]").click();
    await page.locator('[id="fact-projects[0].fixedAssetInvestment"]').fill("3000万");
    expect(await page.locator('.field[data-path="projects[0].fixedAssetInvestment"] .hint').innerText()).toBe(
      "= 30,000,000.00 元",
    );
    await page.locator('[id="fact-projects[0].highTech"]').check();
    // 20% of 3000万元 for a new high-tech project
    await expect.poll(() => total(page)).toBe("6000000.00");
    expect(await page.locator("#curve-clause").inputValue()).toBe("projectConstruction");
    await screenshot(page, "facts");
    await page.locator("[data-tab=json]").click();
    expect(JSON.parse(await page.locator("textarea.facts-json").inputValue())).toEqual({
      applicationDate: "2026-06-30",
      projects: [{ id: "projects-1", construction: "new", highTech: true, fixedAssetInvestment: "30000000" }],
    });
    await page.locator("[data-tab=awards]").click();
    expect(await page.locator("section.article[data-article='6']").innerText()).toContain("600万元");
    expect(pageErrors(page)).toEqual([]);
  });

  it("says why a clause did not pay, and applies its near miss with one click", async () => {
    const page = await openPage(browser, server.url);
    await page.locator("#facts-menu").selectOption("empty");
    await page.locator("[data-tab=facts]").click();
    await page.locator('[id="fact-applicationDate"]').fill("2026-06-30");
    await page.locator("details.list[data-path=projects] > summary").click();
    await page.locator("button[data-add=projects]").click();
    await page.locator('[id="fact-projects[0].highTech"]').check();
    await page.locator('[id="fact-projects[0].fixedAssetInvestment"]').fill("1999万");
    await page.locator("[data-tab=awards]").click();
    const entry = page.locator("li.why-not[data-clause=projectConstruction]");
    await expect.poll(() => entry.innerText()).toContain("10000 short");
    expect(await entry.locator(".nearest").innerText()).toContain(
      "projects[0].fixedAssetInvestment 19990000 → 20000000",
    );
    expect(await total(page)).toBe("0.00");
    await screenshot(page, "why-not");
    await entry.locator("button.apply").click();
    // 20% of 2000万元 for a new high-tech project
    await expect.poll(() => total(page)).toBe("4000000.00");
    await page.locator("[data-tab=json]").click();
    const facts = JSON.parse(await page.locator("textarea.facts-json").inputValue());
    expect(facts.projects[0].fixedAssetInvestment).toBe(20000000);
    expect(pageErrors(page)).toEqual([]);
  });

  it("compares the edited policy with the saved one: the changed clause, a witness, both curves", async () => {
    const page = await openPage(browser, server.url);
    const change = await lowerCapAndCompare(page);
    expect(await change.locator(".summary").innerText()).toBe("cap lowered: 1000万元 → 500万元");
    expect(await change.locator(".witness").innerText()).toContain("saved 600万元 → edited 500万元");
    expect(await page.locator("#diff-summary").innerText()).toBe("1 change of awards, 0 other");
    for (const pane of await page.locator(".diff-panes .pane").all())
      expect(await pane.locator(".cm-changed").count()).toBeGreaterThan(0);
    expect(
      await page.locator(".diff-panes .pane").nth(1).locator(".cm-changed-line", { hasText: "cap 500万元" }).count(),
    ).toBe(1);
    expect(await page.locator(".diff-curve .legend").innerText()).toContain("saved version");
    expect(await page.locator(".diff-curve .legend").innerText()).toContain("edited version");
    await screenshot(page, "diff");
    await change.locator(".use-witness").click();
    await expect.poll(() => page.locator("#diff-view").isHidden()).toBe(true);
    await expect.poll(() => total(page)).toBe("5000000.00");
    expect(pageErrors(page)).toEqual([]);
  });

  it("shares the edited policy and the facts in the link", async () => {
    const page = await openPage(browser, server.url);
    await selectCap(page);
    await page.keyboard.type("cap 500万元");
    await expect.poll(() => total(page)).toBe("57500000.00");
    await page.locator("#share").click();
    await expect.poll(() => page.url()).toContain("#s=");
    const copy = await openPage(browser, page.url());
    await expect.poll(() => total(copy)).toBe("57500000.00");
    expect(await copy.locator("#policy-menu").inputValue()).toBe("heilongjiang/biomanufacturing-2026.subsidia");
  });

  it("speaks Chinese in a zh-CN browser: no English label outside the policy's own words", async () => {
    const page = await openPage(browser, server.url, { locale: "zh-CN" });
    await expect.poll(() => page.locator("[data-testid=total]").innerText()).toBe("5900万元");
    await page.locator("svg.curve .current-point").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.locator(".total-label").innerText()).toBe("应付合计");
    const award = page.locator("details[data-clause=platformConstruction]");
    if (!(await award.evaluate((d) => (d as HTMLDetailsElement).open))) await award.locator("summary").click();
    // everything shown outside the editor, less what the policy itself says (its words, ids and codes)
    const shown = await page.evaluate(() => {
      const editor = document.querySelector("#editor");
      const parts: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        // a rule's or amendment's file and text beside the policy are the library's own words, like the editor's
        if (!el || editor?.contains(el) || el.closest("[hidden], option, .library-doc")) continue;
        if (el.getClientRects().length > 0) parts.push(n.textContent ?? "");
      }
      const attrs = [...document.querySelectorAll("[title], [aria-label]")]
        .filter((el) => !editor?.contains(el) && !el.closest(".library-doc"))
        .flatMap((el) => [el.getAttribute("title") ?? "", el.getAttribute("aria-label") ?? ""]);
      return [...parts, ...attrs].join("\n");
    });
    const policyWords = new Set(flagshipText.match(/[A-Za-z]{2,}/g));
    // names that are the same in both languages: the product, a file format, keys on the keyboard
    const names = new Set(["Subsidia", "JSON", "Shift", "Alt"]);
    const english = [...new Set(shown.match(/[A-Za-z]{2,}/g))].filter((w) => !policyWords.has(w) && !names.has(w));
    expect(english, shown).toEqual([]);
    await screenshot(page, "zh");
    expect(pageErrors(page)).toEqual([]);
  });

  it("compares the versions in Chinese in a zh-CN browser: the changes' words and the panel's labels", async () => {
    const page = await openPage(browser, server.url, { locale: "zh-CN" });
    const change = await lowerCapAndCompare(page);
    await page.locator(".diff-curve svg").waitFor();
    expect(await change.locator(".summary").innerText()).toBe("上限下调：1000万元 → 500万元");
    expect(await change.locator(".witness").innerText()).toContain("已保存 600万元 → 编辑中 500万元");
    expect(await page.locator("#diff-summary").innerText()).toBe("1 处奖补变化，0 处其他变化");
    // what the panel shows, less the two versions' text (the editors) and the policy's own words
    const shown = await page.evaluate(() => {
      const panel = document.querySelector("#diff-view")!;
      const parts: string[] = [];
      const walk = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest(".pane, code, pre, [hidden]")) continue;
        if (el.getClientRects().length > 0) parts.push(n.textContent ?? "");
      }
      return parts.join("\n");
    });
    const policyWords = new Set(flagshipText.match(/[A-Za-z]{2,}/g));
    const english = [...new Set(shown.match(/[A-Za-z]{2,}/g))].filter((w) => !policyWords.has(w));
    expect(english, shown).toEqual([]);
    await screenshot(page, "diff-zh");
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows invalid facts in Chinese in a zh-CN browser, each beside its fact's path", async () => {
    const page = await openPage(browser, server.url, { locale: "zh-CN" });
    await page.locator("svg.curve .current-point").waitFor();
    await page.locator("[data-tab=json]").click();
    await page.locator("textarea.facts-json").fill('{"applicationDate": "2026-02-30", "projets": []}');
    const problems = page.locator("ul.fact-problems");
    await expect.poll(() => problems.innerText()).toContain("projets 未知的事实；是否想写 `projects`？");
    expect(await problems.innerText()).toContain(
      "applicationDate 应为日期，格式为 年-月-日（如 2026-02-13），实际为 `2026-02-30`（不是日历上的日期）",
    );
    expect(pageErrors(page)).toEqual([]);
  });

  it("is usable 390 px wide: header actions reachable, editor and results stacked, labels apart", async () => {
    for (const locale of ["en-US", "zh-CN"]) {
      const page = await openPage(browser, server.url, { width: 390, height: 844, locale });
      await page.locator("svg.curve .current-point").waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      for (const id of ["policy-menu", "facts-menu", "format", "diff-open", "share"]) {
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, id).toBeLessThanOrEqual(390);
      }
      const editor = (await page.locator("#editor").boundingBox())!;
      const totals = (await page.locator("#totals").boundingBox())!;
      expect(editor.width).toBeGreaterThan(300);
      expect(editor.height).toBeGreaterThan(300);
      expect(totals.y).toBeGreaterThanOrEqual(editor.y + editor.height);
      await page.locator("#format").click();
      await expect.poll(() => page.locator("#format-note").innerText()).not.toBe("");
      await screenshot(page, `small-${locale.slice(0, 2)}`);
      expect(pageErrors(page)).toEqual([]);
    }
  });

  it("names the loaded facts in the facts menu", async () => {
    const page = await openPage(browser, server.url);
    const menu = page.locator("#facts-menu");
    expect(await menu.locator("option:checked").innerText()).toBe("platform-and-plant");
    await menu.selectOption("example:expired");
    await expect.poll(() => menu.locator("option:checked").innerText()).toBe("expired");
    expect(await menu.getAttribute("title")).toBe("facts: expired");
  });

  it("never lets two labels of the award curve overlap, on a desktop and 390 px wide in Chinese", async () => {
    for (const page of [
      await openPage(browser, server.url),
      await openPage(browser, server.url, { width: 390, height: 844, locale: "zh-CN" }),
    ])
      for (const clause of await page
        .locator("#curve-clause option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
        await page.locator("#curve-clause").selectOption(clause);
        await page.locator("svg.curve").first().waitFor();
        const boxes = await page.locator("svg.curve text:not(.tick)").evaluateAll((ts) =>
          ts.map((t) => {
            const b = (t as SVGTextElement).getBBox();
            return { text: t.textContent, x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
          }),
        );
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${clause}: ${a.text} / ${b.text}`).toBe(
              false,
            );
      }
  });

  it("evaluates the flagship with the FICTIONAL 省科技厅 rule switched on beside it: art. 3 paid, the rule cited", async () => {
    const page = await openPage(browser, server.url);
    await page.locator("#facts-menu").selectOption("example:pharma-mix");
    const rule = page.locator(
      '.library-doc[data-file="policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia"]',
    );
    await rule.waitFor();
    await expect.poll(() => page.locator(".pending").innerText()).toContain("rdSubsidy");
    expect(await page.locator("[data-testid=library-applied]").innerText()).toBe(
      "no rule or amendment is evaluated with the policy",
    );
    await rule.locator("input[type=checkbox]").check();
    const art3 = page.locator("details.award[data-clause=rdSubsidy]");
    await expect.poll(() => art3.locator(".amount").getAttribute("title")).toContain("50,000.00");
    expect(await page.locator("[data-testid=library-applied]").innerText()).toContain(
      "rdStockRate = 5% (FICTIONAL-hlj-kjt-rd-subsidy-rates)",
    );
    await art3.locator("summary").click();
    expect(await art3.innerText()).toContain("FICTIONAL-hlj-kjt-rd-subsidy-rates");
    // the rule's text is editable: 6% on the stock of 60万元 pays 3.6万 + 2万
    await rule.locator("summary .library-file").click();
    const text = rule.locator("textarea");
    await text.fill((await text.inputValue()).replace("percent = 5%", "percent = 6%"));
    await expect.poll(() => art3.locator(".amount").getAttribute("title")).toContain("56,000.00");
    await screenshot(page, "library");
    expect(pageErrors(page)).toEqual([]);
  });
});
