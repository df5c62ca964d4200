// Bundles the extension (dist/extension.cjs) and the language server it starts
// (dist/server.cjs, with the syntax, compiler and runtime packages from their
// sources) into self-contained CommonJS files: the .vsix needs no node_modules.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  conditions: ["source"],
  logLevel: "warning",
  legalComments: "none",
};
await build({ ...common, entryPoints: ["src/extension.ts"], outfile: "dist/extension.cjs", external: ["vscode"] });
await build({ ...common, entryPoints: ["src/server.ts"], outfile: "dist/server.cjs" });
