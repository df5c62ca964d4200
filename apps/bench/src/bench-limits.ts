/**
 * Checking the worst texts a file may hold (docs/reliability.md): a mebibyte of random
 * bytes, and a mebibyte of broken articles (parser recovery), each the median CPU time of
 * `compile()` over a few runs. Before the limits, random bytes took 91 s for 512 KB.
 */
import { compile } from "@subsidia/compiler";
import { MAX_TEXT_LENGTH } from "@subsidia/syntax";
import { cpuMs, median } from "./measure.js";

export interface LimitsTiming {
  /** ms to check a text of random bytes as long as a file may be */
  randomBytes: number;
  /** ms to check as many broken articles as fit in a file */
  brokenArticles: number;
}

/** `n` pseudo-random bytes (fixed seed) read as UTF-8, cut to the size limit. */
function randomText(n: number): string {
  const bytes = new Uint8Array(n);
  let a = 12;
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    bytes[i] = a >>> 24;
  }
  return new TextDecoder().decode(bytes).slice(0, MAX_TEXT_LENGTH);
}

function time(text: string, runs: number): number {
  return median(
    Array.from({ length: runs }, () => {
      const t = cpuMs();
      compile(text, "limits.subsidia");
      return cpuMs() - t;
    }),
  );
}

export function benchLimits(runs: number): LimitsTiming {
  const broken = 'article 1 "a" {\n  clause c {\n    award 1元 +\n  }\n}\n';
  return {
    randomBytes: time(randomText(MAX_TEXT_LENGTH), runs),
    brokenArticles: time(broken.repeat(Math.floor(MAX_TEXT_LENGTH / broken.length)), runs),
  };
}
