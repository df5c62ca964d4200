import { type FSWatcher, statSync, unwatchFile, watch as fsWatch, watchFile } from "node:fs";
import { dirname } from "node:path";
import { policyFiles } from "./load.js";
import { CliError } from "./errors.js";
import { terminalText } from "./paint.js";
import { tr } from "./lang.js";

/** One run of `check` or `test`: what it prints for each file, the closing summary, and the exit code. */
export interface PerFile {
  blocks: Map<string, string>;
  summary: string;
  code: number;
}

/**
 * `--watch`: runs once, then again whenever a policy file under the paths is saved (or created, or removed).
 * On a terminal each run clears the screen; every re-run shows only the files whose result changed, then the
 * summary of all. Runs until interrupted (Ctrl-C). The files are watched before the first run, so a save made
 * while it runs (or just after its output) is never missed; where the system refuses more file watchers (inotify's
 * limits), the files and folders are polled instead.
 */
export function watchPaths(paths: string[], runAll: (files: string[]) => PerFile): void {
  policyFiles(paths); // a path that does not exist is an error of usage, before anything is watched
  const out = process.stdout;
  const clear = out.isTTY ? "\x1b[2J\x1b[3J\x1b[H" : "";
  let previous = new Map<string, string>();
  const once = (first: boolean) => {
    let r: PerFile;
    try {
      r = runAll(policyFiles(paths));
    } catch (e) {
      out.write(clear + terminalText(`${e instanceof CliError ? e.message : String(e)}\n${tr()("watch.waiting")}\n`));
      return;
    }
    const changed = [...r.blocks].filter(([file, text]) => previous.get(file) !== text);
    const removed = [...previous.keys()].filter((f) => !r.blocks.has(f));
    const t = tr();
    const head = first ? "" : `${t("watch.rerun", { time: new Date().toTimeString().slice(0, 8) })}\n\n`;
    const blocks = changed.map(([file, text]) => (text !== "" ? text : first ? "" : t("watch.clean", { file })));
    const body = first || changed.length > 0 ? blocks.filter((b) => b !== "") : [t("watch.unchanged")];
    const gone = removed.map((f) => t("watch.removed", { file: f }));
    const shown = [...body, ...gone, r.summary, t("watch.waiting")];
    // the colours' marks become escapes, and the input's control characters are escaped (as `run` writes)
    out.write(clear + terminalText(`${head}${shown.join("\n")}\n`));
    previous = r.blocks;
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (name: string | null) => {
    if (name !== null && !name.endsWith(".subsidia")) return;
    clearTimeout(timer);
    timer = setTimeout(() => once(false), 100);
  };
  const stop = watchAll(paths, schedule);
  process.once("SIGINT", () => {
    stop();
    clearTimeout(timer);
    process.exit(130);
  });
  once(true);
}

/** Calls `changed(name)` on every change under the paths; returns what stops watching. */
function watchAll(paths: string[], changed: (name: string | null) => void): () => void {
  const watchers: FSWatcher[] = [];
  const polled: string[] = [];
  const poll = () => {
    for (const w of watchers.splice(0)) w.close();
    // every policy file and every folder (a created or removed file changes its folder)
    const targets = [...paths, ...policyFiles(paths)].filter((p) => !polled.includes(p));
    for (const p of targets) {
      polled.push(p);
      watchFile(p, { interval: 300 }, () => changed(null));
    }
  };
  try {
    for (const p of paths) {
      const isDir = statSync(p).isDirectory();
      // a folder is watched with everything under it; a file through its folder, so that an editor that saves
      // by replacing the file is still seen
      const w = fsWatch(isDir ? p : dirname(p), { recursive: isDir }, (_, name) => changed(name));
      w.on("error", poll);
      watchers.push(w);
    }
  } catch {
    poll();
  }
  return () => {
    for (const w of watchers) w.close();
    for (const p of polled) unwatchFile(p);
  };
}
