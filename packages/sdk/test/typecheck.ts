import { fileURLToPath } from "node:url";
import ts from "typescript";

export const tsconfigTest = fileURLToPath(new URL("../tsconfig.test.json", import.meta.url));

/** The compiler options of tsconfig.test.json (strict, the `source` condition) and the files it includes. */
export function testConfig(): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigTest, {}, host);
  if (!config) throw new Error("cannot read tsconfig.test.json");
  return config;
}

export interface Found {
  file: string;
  line: number;
  code: number;
  message: string;
}

/** Type-checks `files` (absolute paths) as the package's tests are checked; every diagnostic, one per entry. */
export function typecheck(files: readonly string[]): Found[] {
  // no rootDir: the files checked may live outside the package (examples/, docs snippets)
  const program = ts.createProgram(files, { ...testConfig().options, noEmit: true, rootDir: undefined });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? "(options)",
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  }));
}
