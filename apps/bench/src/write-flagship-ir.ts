/** `npm run flagship-ir -w @subsidia/bench`: refreshes the runtime's copy of the flagship IR. */
import { writeFileSync } from "node:fs";
import { flagshipIrFile, flagshipIrText } from "./flagship-ir.js";

writeFileSync(flagshipIrFile, flagshipIrText());
process.stderr.write(`wrote ${flagshipIrFile}\n`);
