import { relative } from "node:path";
import { watch } from "chokidar";
import type { Library, ReloadOutcome } from "./library.js";

export interface LibraryWatcher {
  /** resolves once the watcher has scanned the folder and reports changes */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Reloads the library when a `.subsidia` file under its folder is added, changed or removed.
 * Changes within `settleMs` of each other are one reload (an editor's save is several events).
 */
export function watchLibrary(
  library: Library,
  onReload: (r: ReloadOutcome) => void,
  onError: (e: unknown) => void,
  settleMs = 150,
): LibraryWatcher {
  const watcher = watch(library.dir, {
    ignoreInitial: true,
    ignored: (path, stats) =>
      /(^|[/\\])\./.test(relative(library.dir, path)) || (stats?.isFile() === true && !path.endsWith(".subsidia")),
  });
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => onReload(library.reload()), settleMs);
  };
  watcher.on("all", schedule);
  watcher.on("error", onError); // e.g. too many files to watch: reported, never a crash
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
