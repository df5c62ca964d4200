import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { compile, formatDiagnostic } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import type { Diagnostic } from "@subsidia/syntax";
import { isSafeNumber, parse as parseJson } from "lossless-json";
import { CliError } from "./errors.js";
import type { Paint } from "./paint.js";

export function readText(file: string): string {
  try {
    return file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read \`${file}\`: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String((e as Error).message)}`,
    );
  }
}

export interface Loaded {
  file: string;
  text: string;
  ir?: Policy | undefined;
  diagnostics: Diagnostic[];
}

export function loadPolicy(file: string): Loaded {
  const text = readText(file);
  return { file, text, ...compile(text, file) };
}

/** Compiles a policy or fails with its formatted diagnostics (errors and warnings). */
export function requirePolicy(file: string, paint: Paint): Policy {
  const p = loadPolicy(file);
  if (!p.ir) throw new CliError(p.diagnostics.map((d) => formatDiagnostic(d, p.text, paint)).join("\n\n"));
  return p.ir;
}

/**
 * Reads a JSON facts file without losing digits: numbers that a double holds
 * exactly stay numbers, longer ones become decimal strings (money stays exact).
 */
export function readFacts(file: string): unknown {
  const text = readText(file);
  return parseFacts(text, file);
}

export function parseFacts(text: string, file: string): unknown {
  try {
    return parseJson(text, null, (s: string) => (isSafeNumber(s) ? Number(s) : s));
  } catch (e) {
    const msg = String((e as Error).message);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? lineCol(text, Number(pos[1])) : "";
    throw new CliError(
      `${file}${at}: malformed JSON: ${msg.replace(/ at position \d+/, "").replace(/^./, (c) => c.toLowerCase())}; expected one JSON object of facts`,
    );
  }
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `:${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** Expands folders into the `.subsidia` files below them, sorted. */
export function policyFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      throw new CliError(`cannot read \`${p}\`: no such file or folder`);
    }
    if (st.isDirectory())
      out.push(
        ...policyFiles(
          readdirSync(p)
            .sort()
            .filter((n) => !n.startsWith("."))
            .map((n) => join(p, n))
            .filter((f) => statSync(f).isDirectory() || f.endsWith(".subsidia")),
        ),
      );
    else out.push(p);
  }
  return out;
}
