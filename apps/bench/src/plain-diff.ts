/**
 * The plain two-worker script `subsidia diff --population` is measured against: what a developer
 * would write in an afternoon to compare two versions of one policy over a population. The input
 * file is cut into two halves at a line feed; each worker reads its half with readline,
 * `JSON.parse`s each line, runs both versions' compiled evaluators, and adds the totals due and
 * with up-to ceilings, per version and per article, in integer cents (no decimals past 2^53, no
 * lossless numbers, no repeated-key check, no limits); it counts who gains, loses or stays the
 * same and keeps the ten largest changes. The main thread adds the two halves and prints one JSON
 * line. Bundled by the benchmark as the CLI is: node plain-diff.mjs IN OLD NEW.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { compile } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { compileAmounts } from "@subsidia/runtime";
import { lineStart } from "./line-start.js";

interface Job {
  before: Policy;
  after: Policy;
  input: string;
  start: number;
  end: number;
}

interface Part {
  applicants: number;
  skipped: number;
  /** cents: [before due, before with up-to, after due, after with up-to] */
  totals: number[];
  /** article → cents due [before, after] */
  articles: Record<number, number[]>;
  gain: number;
  lose: number;
  same: number;
  largest: { line: number; change: number }[];
}

/** "1234.56" → 123456 */
const cents = (yuan: string): number => {
  const dot = yuan.indexOf(".");
  return dot < 0 ? Number(yuan) * 100 : Number(yuan.slice(0, dot) + yuan.slice(dot + 1).padEnd(2, "0"));
};

async function work({ before, after, input, start, end }: Job): Promise<Part> {
  const [b, a] = [compileAmounts(before), compileAmounts(after)];
  const part: Part = {
    applicants: 0,
    skipped: 0,
    totals: [0, 0, 0, 0],
    articles: {},
    gain: 0,
    lose: 0,
    same: 0,
    largest: [],
  };
  const lines = createInterface({ input: createReadStream(input, { start, end: end - 1 }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const facts = JSON.parse(line);
    const rb = b.run(facts);
    const ra = a.run(facts);
    if (!rb.ok || !ra.ok) {
      part.skipped++;
      continue;
    }
    part.applicants++;
    const [bt, bu, at, au] = [rb.result.total, rb.result.upToTotal, ra.result.total, ra.result.upToTotal].map(cents);
    part.totals[0]! += bt!;
    part.totals[1]! += bu!;
    part.totals[2]! += at!;
    part.totals[3]! += au!;
    rb.result.awards.forEach((w) => ((part.articles[w.article] ??= [0, 0])[0]! += cents(w.amount)));
    ra.result.awards.forEach((w) => ((part.articles[w.article] ??= [0, 0])[1]! += cents(w.amount)));
    const change = at! - bt! || au! - bu!;
    if (change > 0) part.gain++;
    else if (change < 0) part.lose++;
    else part.same++;
    if (change !== 0) {
      part.largest.push({ line: n, change });
      if (part.largest.length > 20) {
        part.largest.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
        part.largest.length = 10;
      }
    }
  }
  part.largest.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || x.line - y.line);
  part.largest.length = Math.min(part.largest.length, 10);
  return part;
}

async function main(): Promise<void> {
  const [input, oldFile, newFile] = process.argv.slice(2) as [string, string, string];
  const policy = (file: string) => {
    const { ir } = compile(readFileSync(file, "utf8"), file);
    if (!ir) throw new Error(`${file} does not compile`);
    return ir;
  };
  const [before, after] = [policy(oldFile), policy(newFile)];
  const size = statSync(input).size;
  const middle = lineStart(input, Math.floor(size / 2));
  const parts = await Promise.all(
    [
      [0, middle],
      [middle, size],
    ].map(
      ([start, end]) =>
        new Promise<Part>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: { before, after, input, start, end } });
          w.once("message", resolve);
          w.once("error", reject);
        }),
    ),
  );
  const [a, b] = parts as [Part, Part];
  const sum = {
    applicants: a.applicants + b.applicants,
    skipped: a.skipped + b.skipped,
    totals: a.totals.map((t, i) => t + b.totals[i]!),
    gain: a.gain + b.gain,
    lose: a.lose + b.lose,
    same: a.same + b.same,
  };
  process.stdout.write(`${JSON.stringify(sum)}\n`);
}

if (isMainThread) await main();
else parentPort!.postMessage(await work(workerData as Job));
