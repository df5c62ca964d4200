import type { Command } from "commander";

/**
 * `subsidia lsp --stdio`: the language server (@subsidia/language-server) on
 * standard input and output, for editors (docs/editor.md), reading the library of each document as
 * `subsidia check` does. Loaded only when run.
 */
export function registerLsp(program: Command): void {
  program
    .command("lsp")
    .description("run the language server for editors, speaking LSP on standard input and output")
    .option("--stdio", "talk over standard input and output (the only transport, and the default)")
    .addHelpText("after", "\nExamples:\n  $ subsidia lsp --stdio\n\nEditor set-up: docs/editor.md")
    .action(async () => {
      const { startStdioServer } = await import("@subsidia/language-server");
      const { lspLibraryHost } = await import("../library/lsp-host.js");
      startStdioServer({ library: lspLibraryHost });
    });
}
