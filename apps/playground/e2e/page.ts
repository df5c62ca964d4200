import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";

/**
 * `SCREENSHOTS=1` writes the screenshots into docs/images (the pictures of
 * docs/playground.md); otherwise they go to a temporary folder, so a test run
 * leaves the tree as it was.
 */
const SHOTS =
  process.env["SCREENSHOTS"] === "1"
    ? fileURLToPath(new URL("../../../docs/images", import.meta.url))
    : mkdtempSync(join(tmpdir(), "subsidia-shots-"));
mkdirSync(SHOTS, { recursive: true });

/** A page at `url`: a desktop window by default; `width`, `height` and `locale` (the browser's language) when given. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; locale?: string } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    deviceScaleFactor: 1,
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  Object.assign(page, { errors });
  await page.goto(url);
  await page.locator("[data-testid=total]").waitFor();
  return page;
}

/** Uncaught errors and console errors the page reported. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function total(page: Page): Promise<string | null> {
  return page.locator("[data-testid=total]").getAttribute("data-yuan");
}

export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  const path = join(SHOTS, `playground-${name}.png`);
  await (selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path }));
  return path;
}
