import cliProgress from "cli-progress";

export interface Progress {
  update(bytes: number, applicants: number): void;
  stop(): void;
}

const none: Progress = { update() {}, stop() {} };

/** A progress bar on standard error, only when it is a terminal and the size is known. */
export function progressBar(totalBytes: number | null, label: string): Progress {
  if (!process.stderr.isTTY || totalBytes === null || totalBytes === 0) return none;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} |{bar}| {percentage}% · {applicants} applicants · eta {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { applicants: 0 });
  return {
    update: (bytes, applicants) => bar.update(Math.min(bytes, totalBytes), { applicants }),
    stop: () => bar.stop(),
  };
}
