import { CommanderError } from "commander";
import { buildProgram } from "./program.js";

try {
  await buildProgram().parseAsync();
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
  else throw e;
}
