import { SingleBar } from "cli-progress";

/** What the batch reports as it goes. */
export interface Progress {
  /** `bytes` of input done so far (for the bar and the ETA), `lines` records written */
  update(bytes: number, lines: number): void;
  stop(): void;
}

const quiet: Progress = { update() {}, stop() {} };

const rate = (lines: number, start: number) =>
  Math.round(lines / Math.max((Date.now() - start) / 1000, 0.001)).toLocaleString("en-US");

/**
 * A progress bar with the rate and the ETA, only on a terminal (`stream.isTTY`); quiet when
 * piped. `totalBytes` is the size of the input file; reading standard input it is unknown,
 * and the bar shows the count and rate only.
 */
export function createProgress(stream: NodeJS.WriteStream, totalBytes: number | null): Progress {
  if (!stream.isTTY) return quiet;
  const start = Date.now();
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new SingleBar({
    stream,
    format: known
      ? "{bar} {percentage}% | {lines} applicants | {rate}/s | ETA {eta_formatted}"
      : "{lines} applicants | {rate}/s",
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 5,
  });
  bar.start(known ? totalBytes : 1, 0, { lines: "0", rate: "0" });
  return {
    update(bytes, lines) {
      bar.update(known ? Math.min(bytes, totalBytes) : 0, {
        lines: lines.toLocaleString("en-US"),
        rate: rate(lines, start),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
