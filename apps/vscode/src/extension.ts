import { join } from "node:path";
import { workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/**
 * Starts the language server for .subsidia files: the one bundled in the
 * extension (dist/server.cjs, @subsidia/language-server), or the command set in
 * `subsidia.server.command` (such as `npx subsidia lsp --stdio`). The server
 * does the rest: diagnostics, hover, navigation, code lenses and their
 * `subsidia.runTest` command, which the client registers from its capabilities.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const command = workspace.getConfiguration("subsidia").get<string[]>("server.command") ?? [];
  const server: ServerOptions =
    command.length > 0
      ? { command: command[0]!, args: command.slice(1), transport: TransportKind.stdio }
      : { module: context.asAbsolutePath(join("dist", "server.cjs")), transport: TransportKind.stdio };
  client = new LanguageClient("subsidia", "Subsidia", server, { documentSelector: [{ language: "subsidia" }] });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
