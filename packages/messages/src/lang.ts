/** The languages Subsidia speaks: English (the default) and 简体中文. */
export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/**
 * The language of a locale name, as POSIX (`zh_CN.UTF-8`) or a browser (`zh-CN`, `zh-Hans`) writes it;
 * undefined when it names neither language (`C`, `POSIX`, `fr_FR`, empty).
 */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const tag =
    (locale ?? "")
      .trim()
      .toLowerCase()
      .split(/[._@-]/)[0] ?? "";
  return isLang(tag) ? tag : undefined;
}

/**
 * The first language that one of the candidates names, else English: `--lang`, then `LC_ALL`, then `LANG`
 * for a terminal; `navigator.languages` for a browser.
 */
export function chooseLang(...candidates: (string | undefined)[]): Lang {
  for (const c of candidates) {
    const lang = langOfLocale(c);
    if (lang !== undefined) return lang;
  }
  return "en";
}
