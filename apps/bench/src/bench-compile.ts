/** Parse + compile of the flagship: in a fresh process (cold) and in a warm one. */
import { spawnSync } from "node:child_process";
import { compile } from "@subsidia/compiler";
import { cpuMs, median } from "./measure.js";
import { flagshipFile, flagshipText, repo } from "./policy.js";

export interface CompileTiming {
  /** ms of the first compile in a fresh process, the compiler loaded */
  coldCompile: number;
  /** ms to load the built compiler in a fresh process */
  coldLoad: number;
  /** ms of a compile once warm */
  warm: number;
}

// runs with the built packages (dist/), as `npx subsidia` does after `npm run build`
const child = `
import { readFileSync } from "node:fs";
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
const { compile } = await import("@subsidia/compiler");
const text = readFileSync(${JSON.stringify(repo + flagshipFile)}, "utf8");
const t1 = cpu();
const r = compile(text, ${JSON.stringify(flagshipFile)});
const t2 = cpu();
if (!r.ir) process.exit(3);
console.log(JSON.stringify({ load: t1 - t0, compile: t2 - t1 }));
`;

function cold(): { load: number; compile: number } {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", child], {
    cwd: `${repo}apps/bench`,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`the cold compile failed (is the repository built? npm run build): ${r.stderr}`);
  return JSON.parse(r.stdout) as { load: number; compile: number };
}

export function benchCompile(runs: number): CompileTiming {
  const colds = Array.from({ length: runs }, cold);
  const text = flagshipText();
  for (let i = 0; i < 20; i++) compile(text, flagshipFile);
  const warm = Array.from({ length: Math.max(runs, 30) }, () => {
    const t = cpuMs();
    compile(text, flagshipFile);
    return cpuMs() - t;
  });
  return {
    coldCompile: median(colds.map((c) => c.compile)),
    coldLoad: median(colds.map((c) => c.load)),
    warm: median(warm),
  };
}
