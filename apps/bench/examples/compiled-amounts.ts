// Run from the repository root: node --conditions=source --import tsx apps/bench/examples/compiled-amounts.ts
import { readFileSync } from "node:fs";
import { compile } from "@subsidia/compiler";
import { compileAmounts } from "@subsidia/runtime";

const file = "policies/heilongjiang/biomanufacturing-2026.subsidia";
const { ir } = compile(readFileSync(file, "utf8"), file);
if (!ir) throw new Error(`${file} does not compile`);

const amounts = compileAmounts(ir); // JavaScript generated from the IR once, then reused
const outcome = amounts.run({
  applicationDate: "2026-06-30",
  digitalisation: [{ id: "f-1", kind: "smart-factory", provinciallyCertified: true, contractAmount: "22229656.95" }],
});
if (outcome.ok) console.log(JSON.stringify(outcome.result.awards));
else console.log(outcome.kind, outcome.errors);
