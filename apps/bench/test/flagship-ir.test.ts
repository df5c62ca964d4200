import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { flagshipIrFile, flagshipIrText } from "../src/flagship-ir.js";

it("the runtime's copy of the flagship IR is what the compiler makes of the policy today", () => {
  const stale = "packages/runtime/test/flagship.ir.json is stale: run `npm run flagship-ir -w @subsidia/bench`";
  expect(readFileSync(flagshipIrFile, "utf8"), stale).toBe(flagshipIrText());
});
