/**
 * The packages' dependencies point one way (docs/architecture.md):
 * syntax → nothing; ir → zod; compiler → syntax, ir; runtime → ir; diff → ir, runtime;
 * codegen → ir; sdk → runtime, ir;
 * no node: built-ins below apps/; only the CLI and the server touch files and processes;
 * apps/server imports packages only, and only the CLI imports it.
 */
const pkg = (name) => `^packages/${name}/src/`;
const forbid = (name, from, to, comment) => ({
  name,
  severity: "error",
  comment,
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid(
      "syntax-imports-nothing",
      pkg("syntax"),
      "^packages/(ir|compiler|runtime)/|^apps/",
      "the parser depends on no other package",
    ),
    forbid("ir-is-data-only", pkg("ir"), "^packages/(syntax|compiler|runtime)/|^apps/", "the IR depends only on zod"),
    forbid(
      "compiler-before-runtime",
      pkg("compiler"),
      "^packages/runtime/|^apps/",
      "the compiler produces IR; it never evaluates",
    ),
    forbid(
      "runtime-reads-ir-only",
      pkg("runtime"),
      "^packages/(syntax|compiler)/|^apps/",
      "the runtime takes IR as JSON, never the parser or compiler",
    ),
    forbid(
      "diff-reads-ir-and-runtime",
      pkg("diff"),
      "^packages/(syntax|compiler|codegen|sdk)/|^apps/",
      "the diff compares IRs and evaluates them with the runtime",
    ),
    forbid(
      "codegen-reads-ir-only",
      pkg("codegen"),
      "^packages/(syntax|compiler|runtime|diff|sdk)/|^apps/",
      "generators are pure functions of the IR",
    ),
    forbid(
      "sdk-runs-on-the-runtime",
      pkg("sdk"),
      "^packages/(syntax|compiler|codegen|diff)/|^apps/",
      "the SDK embeds IR and runs it on the runtime",
    ),
    forbid("packages-never-import-apps", "^packages/", "^apps/", "apps are thin shells around the packages"),
    forbid(
      "server-imports-packages-only",
      "^apps/server/",
      "^apps/(cli|playground|bench)/",
      "the decision service is built on the packages; the CLI starts it",
    ),
    forbid("only-the-cli-imports-the-server", "^apps/(playground|bench)/", "^apps/server/", "the server is Node-only"),
    {
      name: "no-node-builtins-below-apps",
      severity: "error",
      comment: "everything below apps/ runs unchanged in a browser",
      from: { path: "^packages/[^/]+/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { conditionNames: ["source", "import", "default"], exportsFields: ["exports"] },
    tsConfig: { fileName: "tsconfig.base.json" },
  },
};
