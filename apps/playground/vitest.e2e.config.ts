import { defineConfig } from "vitest/config";

/** The browser suite: a production build served over http, driven in Debian's chromium. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 60000,
    // CI runs the other packages' tasks beside this suite on two cores: give the page time
    expect: { poll: { timeout: 15000, interval: 50 } },
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
