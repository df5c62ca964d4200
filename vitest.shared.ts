import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Tests run against the packages' TypeScript sources (the `source` export condition), no build needed.
 * The suite must pass on a loaded two-core machine: at most two workers per package (turbo runs two
 * packages at a time), and timeouts that only catch a hang, never a slow machine (the slowest test takes
 * under 90 s on a loaded machine; a hang fails in 5 min, leaving CI time to report it).
 */
export default defineConfig({
  resolve: { conditions: ["source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000, maxWorkers: 2 },
});
