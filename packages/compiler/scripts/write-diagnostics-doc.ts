import { writeFileSync } from "node:fs";
import { diagnosticsDoc } from "./diagnostics-doc.js";

const target = new URL("../../../docs/diagnostics.md", import.meta.url);
writeFileSync(target, diagnosticsDoc());
console.log(`wrote ${target.pathname}`);
