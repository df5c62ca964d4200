import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";

/** The repository root, and the flagship policy as the CLI names it (relative to the root). */
export const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const flagshipFile = "policies/heilongjiang/biomanufacturing-2026.subsidia";
export const flagshipText = (): string => readFileSync(new URL(flagshipFile, `file://${repo}`), "utf8");

/** The flagship compiled from its source, as `subsidia compile` does. */
export function flagship(): Policy {
  const { ir, diagnostics } = compile(flagshipText(), flagshipFile);
  if (!ir) throw new Error(`the flagship does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
  return ir;
}
