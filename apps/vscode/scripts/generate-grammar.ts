/**
 * Writes syntaxes/subsidia.tmLanguage.json, the TextMate grammar VS Code colours
 * .subsidia files with, from the token table of @subsidia/syntax: its keywords by
 * class (`tokenClass`, shared with the playground's highlighter) and the lexer's
 * own patterns for literals. `--check` writes nothing and fails when the committed
 * grammar is not what the table gives (a test runs it).
 *
 *   npm run grammar -w subsidia-vscode
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { grammar } from "./grammar.js";

const path = fileURLToPath(new URL("../syntaxes/subsidia.tmLanguage.json", import.meta.url));
const text = `${JSON.stringify(grammar(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (readFileSync(path, "utf8") !== text) {
    console.error("syntaxes/subsidia.tmLanguage.json is out of date: run `npm run grammar -w subsidia-vscode`");
    process.exit(1);
  }
} else writeFileSync(path, text);
