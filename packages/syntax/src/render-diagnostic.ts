import { interpolate, type Lang, OR, type Params, type PerLang, type Words } from "@subsidia/messages";
import { MESSAGES_EN, TERMS_EN } from "./messages-en.js";
import { MESSAGES_ZH, TERMS_ZH } from "./messages-zh.js";

type MessageId = keyof typeof MESSAGES_EN;

type Catalogue = Readonly<Record<MessageId, { readonly message: string; readonly help: string }>>;

const CATALOGUES: PerLang<Catalogue> = { en: MESSAGES_EN, zh: MESSAGES_ZH };
const WORDS: PerLang<Words> = { en: { terms: TERMS_EN, or: OR.en }, zh: { terms: TERMS_ZH, or: OR.zh } };

/** The message and help of a catalogue entry in a language, with its parameters filled in. */
export function renderMessage(id: MessageId, params: Params, lang: Lang): { message: string; help: string } {
  const entry = CATALOGUES[lang][id];
  const words = WORDS[lang];
  return { message: interpolate(entry.message, params, words), help: interpolate(entry.help, params, words) };
}
