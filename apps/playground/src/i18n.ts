import { chooseLang, isLang, type Lang, type Translate, translator } from "@subsidia/messages";

/**
 * The page's language: `?lang=zh` or `?lang=en` when given, else the browser's (`navigator.languages`), else
 * English. Labels come from the catalogue the CLI uses (@subsidia/messages). The engine's worker is told the
 * page's language with each request (`setLang`), so that the labels it writes (curve marks) match.
 */
let current: Lang = chooseLang(
  typeof document === "undefined" ? undefined : (new URLSearchParams(location.search).get("lang") ?? undefined),
  ...(typeof navigator === "undefined" ? [] : navigator.languages),
);

export const currentLang = (): Lang => current;
export function setLang(lang: string | undefined): void {
  if (lang !== undefined && isLang(lang)) current = lang;
}

export const t: Translate = (key, ...params) => translator(current)(key, ...params);

/**
 * The labels written in index.html: `data-i18n` (text), `data-i18n-title`, `data-i18n-aria` (aria-label);
 * the document's `lang` and title.
 */
export function translatePage(root: Document = document): void {
  root.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  root.title = t("pg.title");
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset["i18n"] as never);
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-title]"))
    el.title = t(el.dataset["i18nTitle"] as never);
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-aria]"))
    el.setAttribute("aria-label", t(el.dataset["i18nAria"] as never));
}
