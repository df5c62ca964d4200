import type { Change } from "@subsidia/diff";
import { type Lang, translateChange, translator } from "@subsidia/messages";

/** What a change's card says, in the page's language. */
export interface ChangeCardWords {
  /** `art. 4 platformConstruction`, `第4条 platformConstruction`, `policy` */
  where: string;
  summary: string;
  /** each side, and whether it is source text (shown as code) or words (`第3条`) */
  before?: { text: string; source: boolean };
  after?: { text: string; source: boolean };
  note?: string;
}

/**
 * The words of a change for the compare panel: its summary and notes translated (@subsidia/messages), its
 * sides as source unless the change says them in words. The policy's own text stays as written.
 */
export function changeCardWords(c: Change, lang: Lang): ChangeCardWords {
  const t = translator(lang);
  const words = translateChange(c, lang);
  const side = (which: "before" | "after") => {
    const text = words[which];
    return text === undefined ? {} : { [which]: { text, source: c.message[which] === undefined } };
  };
  const place = c.article !== null ? t("report.articleShort", { number: c.article }) : t("md.policy");
  return {
    where: [place, c.clause ?? ""].join(" ").trim(),
    summary: words.summary,
    ...side("before"),
    ...side("after"),
    ...(words.note !== undefined ? { note: words.note } : {}),
  };
}
