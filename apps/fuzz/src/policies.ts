import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { seedTexts } from "./seeds.js";

/** The repository's policies that compile, by name (`policies/…`, a fixture, a docs example). */
export const compiledSeeds: { name: string; ir: Policy }[] = seedTexts().flatMap(({ name, text }) => {
  const { ir } = compile(text, name);
  return ir === undefined ? [] : [{ name, ir }];
});

export function compiledSeed(name: string): Policy {
  const found = compiledSeeds.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no compiled policy \`${name}\` among the seeds`);
  return found.ir;
}

export function compiledSource(text: string, name: string): Policy {
  const { ir, diagnostics } = compile(text, name);
  if (ir === undefined) throw new Error(`\`${name}\` does not compile: ${diagnostics[0]?.message ?? ""}`);
  return ir;
}
