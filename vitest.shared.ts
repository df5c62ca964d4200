import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Tests run against the packages' TypeScript sources (the `source` export condition), no build needed. */
export default defineConfig({
  resolve: { conditions: ["source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20000 },
});
