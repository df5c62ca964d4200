import { defaultClientConditions, defineConfig } from "vite";

/**
 * The playground bundles the packages' TypeScript sources (the `source` export
 * condition), the same code the CLI runs, so no package build is needed first.
 * `base: "./"` keeps the static site working from any folder of any server.
 */
export default defineConfig({
  base: "./",
  resolve: { conditions: ["source", ...defaultClientConditions] },
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
});
