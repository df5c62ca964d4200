import "./styles.css";
import { t, translatePage } from "./i18n.js";
import { App, type Start } from "./app.js";
import { byId } from "./dom.js";
import { SHARED_ENTRY } from "./panels/menus.js";
import { decodeShare, encodeShare } from "./share.js";
import { DEFAULT_EXAMPLE, examples, flagship } from "./sources.js";

function defaults(): Start {
  const f = flagship();
  const facts = examples.find((e) => e.name === DEFAULT_EXAMPLE)?.facts ?? {};
  return { path: f.path, text: f.text, facts: structuredClone(facts), loaded: `example:${DEFAULT_EXAMPLE}` };
}

/** The start: what a shared link holds, else the flagship policy and an example applicant. */
async function start(): Promise<Start> {
  try {
    const shared = await decodeShare(location.hash);
    if (shared) return { path: shared.path ?? SHARED_ENTRY, text: shared.policy, facts: shared.facts };
  } catch (e) {
    byId("share-note").textContent = t("pg.shareBroken", { reason: (e as Error).message });
  }
  return defaults();
}

function setupShare(app: App): void {
  const note = byId("share-note");
  byId("share").addEventListener("click", async () => {
    const hash = await encodeShare({ policy: app.text, facts: app.facts.facts, path: app.path });
    history.replaceState(null, "", hash);
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      note.textContent = t("pg.shareCopied");
    } catch {
      note.textContent = t("pg.shareInBar");
    }
  });
}

translatePage();
const app = new App(await start());
setupShare(app);
