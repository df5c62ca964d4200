import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Tests run against the packages' TypeScript sources (the `source` export condition), no build needed.
 * The suite must pass on a loaded two-core machine: at most two workers per package (turbo runs two
 * packages at a time), and timeouts that only catch a hang, never a slow machine.
 */
export default defineConfig({
  resolve: { conditions: ["source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 900_000, hookTimeout: 900_000, maxWorkers: 2 },
});
