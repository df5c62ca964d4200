import pc from "picocolors";

export type Paint = ReturnType<typeof pc.createColors>;

/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function paintFor(stream: NodeJS.WriteStream): Paint {
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  return pc.createColors(!noColor && (force || stream.isTTY === true));
}
