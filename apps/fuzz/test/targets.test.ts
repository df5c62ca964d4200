import fc from "fast-check";
import { describe, it } from "vitest";
import { targets } from "../src/targets.js";

/**
 * A short run of each fuzz target, sized by count: the harness works, and every `npm test`
 * tries a few hundred fresh inputs. The long, time-budgeted runs are `npm run fuzz`.
 */
const RUNS = { policy: 60, facts: 300, ir: 100 } as const;

describe("fuzz targets, briefly", () => {
  for (const target of targets) {
    it(`${target.name}: ${RUNS[target.name]} inputs pass the oracle`, () => {
      fc.assert(
        fc.property(target.input as fc.Arbitrary<unknown>, (input) => target.check(input as never)),
        { numRuns: RUNS[target.name] },
      );
    });
  }
});
