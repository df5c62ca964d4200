import { type Lang, type Params, type ServiceKey, serviceMessage } from "@subsidia/messages";

/**
 * One problem found in a decision log: where (`decisions.jsonl:5`), the English message (the JSON report's), and
 * the same words as a key and parameters of the service's catalogue, which `renderVerify`/`renderReplay` print in
 * the CLI's language. `params.masked` (the masked paths of a decision that did not replay) adds the note that the
 * masking may be why.
 */
export interface Finding {
  where: string;
  message: string;
  key: ServiceKey;
  params: Params;
}

/** The message of a finding in a language. */
export function findingMessage(lang: Lang, key: ServiceKey, params: Params): string {
  const masked = params["masked"];
  const note = masked === undefined ? "" : serviceMessage(lang, "replay.masked", { paths: masked });
  return serviceMessage(lang, key, { ...params, note });
}

export const finding = (where: string, key: ServiceKey, params: Params = {}): Finding => ({
  where,
  message: findingMessage("en", key, params),
  key,
  params,
});
