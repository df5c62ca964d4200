import { setLang } from "../i18n.js";
import { Checker } from "./check.js";
import { compare } from "./compare.js";
import type { Request, Response } from "./protocol.js";

/** The page's re-checks and comparisons run here, off the main thread: typing never waits for the compiler. */
const checker = new Checker();
const versions = { before: new Checker(), after: new Checker() };
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(s: Response): void;
};

/** A bug in a package must not leave the page waiting: it is reported like any other problem. */
function failed(req: Request, e: unknown): Response {
  const message = `internal error, please report it: ${e instanceof Error ? e.message : String(e)}`;
  if (req.kind === "diff") return { kind: "diff", id: req.id, spans: [], problem: message };
  return {
    kind: "check",
    id: req.id,
    text: req.text,
    checkMs: 0,
    evalMs: 0,
    diagnostics: [],
    curveOptions: [],
    failure: message,
  };
}

scope.onmessage = (event) => {
  const req = event.data;
  setLang(req.lang);
  try {
    scope.postMessage(req.kind === "check" ? checker.run(req) : compare(req, versions));
  } catch (e) {
    scope.postMessage(failed(req, e));
  }
};
