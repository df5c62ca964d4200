import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { GeneratedFile } from "@subsidia/codegen";

const tmpRoot = fileURLToPath(new URL("./.tmp/", import.meta.url));

/**
 * Writes generated files into test/.tmp/NAME (inside the package, so `@subsidia/runtime`
 * and `zod` resolve as they would for a user) and returns the folder.
 */
export function writeOut(name: string, files: readonly GeneratedFile[]): string {
  const dir = join(tmpRoot, `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  return dir;
}

export function removeOut(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Type-checks files with the package's strict test options plus noUnusedLocals; the messages, `file:line: text`. */
export function typecheck(files: readonly string[]): string[] {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const config = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL("../tsconfig.test.json", import.meta.url)),
    {},
    host,
  );
  if (!config) throw new Error("cannot read tsconfig.test.json");
  const program = ts.createProgram(files, {
    ...config.options,
    noEmit: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const at =
      d.file && d.start !== undefined
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : "";
    return at + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}
