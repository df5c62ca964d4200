import pc from "picocolors";

export type Paint = ReturnType<typeof pc.createColors>;

/**
 * Colours never come from the text they paint: a painter marks its colour codes with this
 * token, unknown to any input, instead of ESC; `terminalText` escapes every control
 * character of the text (an ESC of a hostile policy or facts file included) and only then
 * turns the token into ESC.
 */
const TOKEN = `\u{E000}${Math.random().toString(36).slice(2, 10)}\u{E001}`;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe for a terminal: control characters other than line feed and tab escaped (`\u001b`), our colours kept. */
export function terminalText(text: string): string {
  return text
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replaceAll(TOKEN, "\u001b");
}

/** picocolors' painters with their codes marked by the token (the nested-colour handling kept). */
function marked(colors: Paint): Paint {
  const out: Record<string, unknown> = { ...colors };
  for (const [name, fn] of Object.entries(colors)) {
    if (typeof fn !== "function") continue;
    const [open = "", close = ""] = (fn as (s: string) => string)("\u0000").split("\u0000");
    if (open === "") continue;
    const [o, c] = [open.replaceAll("\u001b", TOKEN), close.replaceAll("\u001b", TOKEN)];
    out[name] = (input: unknown) => {
      const s = String(input);
      return o + (s.includes(c) ? s.replaceAll(c, c + o) : s) + c;
    };
  }
  return out as unknown as Paint;
}

/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function paintFor(stream: NodeJS.WriteStream): Paint {
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const enabled = !noColor && (force || stream.isTTY === true);
  return enabled ? marked(pc.createColors(true)) : pc.createColors(false);
}
