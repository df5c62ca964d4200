// A worker's first module is loaded before `--import tsx` applies in Node 20: register tsx here, then load the worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
