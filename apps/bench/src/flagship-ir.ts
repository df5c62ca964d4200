/**
 * The runtime's differential test reads the flagship as IR (the runtime may not import the
 * compiler): `npm run flagship-ir -w @subsidia/bench` writes packages/runtime/test/flagship.ir.json
 * (src/write-flagship-ir.ts) exactly as `subsidia compile policies/heilongjiang/biomanufacturing-2026.subsidia` prints it.
 */
import { join } from "node:path";
import { flagship, repo } from "./policy.js";

export const flagshipIrFile = join(repo, "packages/runtime/test/flagship.ir.json");
export const flagshipIrText = (): string => `${JSON.stringify(flagship(), null, 2)}\n`;
