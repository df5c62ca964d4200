import { mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

/**
 * Type tests (`test/*.test-d.ts`) run with the tests. tsc checks the files of
 * tsconfig.test.json, whose `include` covers test/: a type test outside it would pass silently.
 */
export default mergeConfig(shared, {
  test: {
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
  },
});
