import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { entryHash } from "../src/decisions/chain.js";
import {
  applicant,
  cli,
  cliCommand,
  copyLibrary,
  evaluateUrl,
  flagshipFile,
  post,
  repo,
  spawnServe,
  start,
  tempDir,
} from "./helpers.js";

/** Names that read the same in every language: formats, the engine, the program, the database. */
const NAMES = new Set(["JSON", "SQL", "Subsidia", "PostgreSQL"]);

/**
 * The English words a Chinese reader would meet (as apps/cli/test/lang-errors.test.ts counts them): every word of
 * two or more Latin letters outside backticks, the paths given, URLs and hashes.
 */
function englishWords(text: string, paths: readonly string[] = []): string[] {
  const bare = paths
    .reduce((t, p) => t.replaceAll(p, ""), text)
    .replace(/`[^`]*`/g, "")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/sha256:[0-9a-f]{64}/g, "");
  return [...new Set(bare.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !NAMES.has(w));
}

let log: string;
let lines: string[];

beforeAll(async () => {
  const s = await start();
  for (const investment of ["100000000", "120000000", "140000000"]) {
    const facts = JSON.parse(applicant);
    facts.projects[0].fixedAssetInvestment = investment;
    expect((await post(evaluateUrl(s), JSON.stringify(facts))).status).toBe(200);
  }
  await s.close();
  log = s.log;
  lines = readFileSync(log, "utf8").trimEnd().split("\n");
});

/** A copy of the log and its policy store with line `n` (from 1) changed by `change`, rehashed or not. */
function tampered(n: number, change: (e: Record<string, unknown>) => void, rehash = false): string {
  const copy = join(tempDir(), "decisions.jsonl");
  cpSync(`${log}.policies`, `${copy}.policies`, { recursive: true });
  const edited = lines.map((l, i) => {
    if (i !== n - 1) return l;
    const e = JSON.parse(l);
    change(e);
    if (rehash) e.hash = entryHash(e);
    return JSON.stringify(e);
  });
  writeFileSync(copy, `${edited.join("\n")}\n`);
  return copy;
}

const headOf = (line: string) => JSON.parse(line).hash as string;

describe("`subsidia verify-log` under --lang zh", () => {
  test("an intact log: the summary in Chinese, the head as it is; English unchanged", () => {
    const zh = cli(["verify-log", log, "--lang", "zh"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(`${log}：3 条决策，链完整；末条 \`seq\` 3 ${headOf(lines[2]!)}\n`);
    expect(englishWords(zh.stdout, [log])).toEqual([]);
    const en = cli(["verify-log", log]);
    expect(en.stdout).toBe(`${log}: 3 decisions, chain intact; head seq 3 ${headOf(lines[2]!)}\n`);
  });

  test("the locale chooses Chinese too", () => {
    const r = spawnSync(process.execPath, [...cliCommand, "verify-log", log], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "zh_CN.UTF-8" },
    });
    expect(r.stdout).toMatch(/：3 条决策，链完整/);
  });

  test("an edited line, a deleted line, a head that does not match: each finding in Chinese, exit 1", () => {
    const edited = tampered(2, (e) => {
      e["as_of"] = "2026-07-01";
    });
    const zh = cli(["verify-log", edited, "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe(
      `${edited}:2：内容与其 \`hash\` 不符：该行写入后被修改过\n` +
        `${edited}：3 条决策中有 1 个问题；末条 \`seq\` 3 ${headOf(lines[2]!)}\n`,
    );
    expect(englishWords(zh.stdout, [edited])).toEqual([]);

    const cut = join(tempDir(), "decisions.jsonl");
    writeFileSync(cut, `${[lines[0], lines[2]].join("\n")}\n`);
    const missing = cli(["verify-log", cut, "--head", "sha256:0", "--lang", "zh"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      `${cut}:2：\`prev_hash\` 不是 ${cut}:1 的哈希：其前有一行被删除、插入、移动或改写\n` +
        `${cut}:2：\`seq\` 为 \`3\`；应为 2，即上一行之后的决策\n` +
        `${cut}（末尾）：最后一条决策的哈希为 \`${headOf(lines[2]!)}\`；应为 \`sha256:0\`：其后的决策已被截去\n` +
        `${cut}：2 条决策中有 3 个问题；`,
    );
    expect(englishWords(missing.stdout, [cut])).toEqual([]);
    // the JSON report stays English: it is data for programs
    const json = JSON.parse(cli(["verify-log", cut, "--json", "--lang", "zh"]).stdout);
    expect(json.findings[0].message).toMatch(/^`prev_hash` is not the hash of /);
    expect(json.findings[0].key).toBe("verify.prevHash");
  });

  test("a log that cannot be read: the error in Chinese", () => {
    const nothing = join(tempDir(), "nothing.jsonl");
    const zh = cli(["verify-log", nothing, "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(`错误：无法读取 \`${nothing}\`：文件不存在\n`);
    expect(cli(["verify-log", nothing]).stderr).toBe(`error: cannot read \`${nothing}\`: no such file\n`);
  });
});

test("a PostgreSQL log that cannot be reached: the error in Chinese, the driver's words as it gives them", () => {
  const nowhere = "postgresql://nobody@127.0.0.1:1/none";
  const zh = cli(["verify-log", nowhere, "--lang", "zh"]);
  expect(zh.code).toBe(1);
  expect(zh.stderr).toMatch(
    /^错误：无法读取 `PostgreSQL` 决策日志 `postgresql:\/\/nobody@127\.0\.0\.1:1\/none`：.*ECONNREFUSED/,
  );
});

describe("`subsidia replay` under --lang zh", () => {
  test("a logged result the policy does not give: the difference and the summary in Chinese", () => {
    const changed = tampered(
      2,
      (e) => {
        (e["result"] as { total: string }).total = "1.00";
      },
      true,
    );
    const zh = cli(["replay", changed, "--lang", "zh"]);
    expect(zh.code).toBe(1);
    const total = JSON.parse(lines[1]!).result.total;
    expect(zh.stdout).toBe(
      `${changed}:2：结果在 \`total\` 处不同：日志为 \`"1.00"\`，重放为 \`"${total}"\`\n` +
        `${changed}：3 条决策中 2 条重放结果与日志一致；1 处不同\n`,
    );
    expect(englishWords(zh.stdout, [changed])).toEqual([]);
    expect(cli(["replay", changed]).stdout).toBe(
      `${changed}:2: the result differs at \`total\`: logged \`"1.00"\`, replayed \`"${total}"\`\n` +
        `${changed}: 2 of 3 decisions replayed to the logged result; 1 difference\n`,
    );
  });

  test("an intact log replays, said in Chinese", () => {
    const zh = cli(["replay", log, "--lang", "zh"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(`${log}：3 条决策中 3 条重放结果与日志一致\n`);
  });
});

describe("`subsidia serve` under --lang zh", () => {
  let busy: Server;
  afterAll(() => busy?.close());

  test("the status lines on stderr in Chinese, from start to stop", async () => {
    const library = copyLibrary();
    const decisions = join(tempDir(), "decisions.jsonl");
    const s = spawnServe([
      "--port",
      "0",
      "--no-watch",
      "--policies",
      library,
      "--decision-log",
      decisions,
      "--lang",
      "zh",
    ]);
    // spawnServe waits for the English line: wait for the Chinese one here
    const url = await new Promise<string>((resolve, reject) => {
      s.child.stderr.on("data", () => {
        const m = /正在监听 (http:\/\/\S+)\n/.exec(s.stderr());
        if (m) resolve(m[1]!);
      });
      void s.exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${s.stderr()}`)));
    });
    s.url.catch(() => {}); // never resolves: the line it waits for is in Chinese
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toBe(
      `\`subsidia serve\`：2 项政策，来自 ${library}；决策日志 ${decisions}\n` +
        `正在监听 ${url}\n` +
        "`SIGTERM`：先答复处理中的请求，然后停止\n" +
        "已停止\n",
    );
    expect(englishWords(s.stderr(), [library, decisions])).toEqual([]);
  });

  test("a reload of the policies is said in Chinese", async () => {
    const library = copyLibrary();
    const s = spawnServe(["--port", "0", "--policies", library, "--no-decision-log", "--lang", "zh"]);
    s.url.catch(() => {}); // never resolves: the line it waits for is in Chinese
    const said = (re: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const look = () => re.test(s.stderr()) && resolve();
        s.child.stderr.on("data", look);
        look();
        void s.exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${s.stderr()}`)));
      });
    try {
      await said(/正在监听 /);
      const file = join(library, flagshipFile);
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("award 30% of p.totalInvestment", "award 20% of p.totalInvestment"),
      );
      await said(/政策已重新加载（第 2 代）：.*hlj-biomanufacturing-2026 sha256:[0-9a-f]{12}/);
    } finally {
      s.child.kill("SIGTERM");
    }
    expect(await s.exited).toBe(0);
  }, 30_000);

  test("a policy with an error stops the start: its diagnostic as `check --lang zh` writes it; English unchanged", () => {
    const library = copyLibrary();
    const file = join(library, "heilongjiang", "biomanufacturing-2026.subsidia");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("when p.performanceQualified", "when p.performanceQualifed"),
    );
    const args = ["serve", "--port", "0", "--no-decision-log", "--no-watch", "--policies", library];
    const zh = cli([...args, "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`错误：无法提供 \`${library}\`：\nheilongjiang/biomanufacturing-2026.subsidia: `);
    expect(zh.stderr).toContain("错误 N002 未知的字段 `performanceQualifed`");
    expect(zh.stderr).toContain("= 提示：");
    const en = cli(args);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("error N002 unknown field `performanceQualifed`");
  });

  test("a port in use stops the start: the error in Chinese, exit 1; English unchanged", async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as { port: number }).port;
    const args = ["serve", "--port", String(port), "--no-decision-log", "--no-watch", "--policies", copyLibrary()];
    const zh = cli([...args, "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(`错误：无法监听 \`127.0.0.1:${port}\`：\`EADDRINUSE\`\n`);
    expect(cli(args).stderr).toBe(`error: cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`);
  });

  test("a decision log another process writes: the error in Chinese", () => {
    const decisions = join(tempDir(), "decisions.jsonl");
    writeFileSync(`${decisions}.lock`, String(process.pid)); // this test's process: alive, and not the CLI's
    const zh = cli([
      "serve",
      "--port",
      "0",
      "--no-watch",
      "--policies",
      copyLibrary(),
      "--decision-log",
      decisions,
      "--lang",
      "zh",
    ]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(
      `错误：\`${decisions}\` 正由另一进程写入（进程号 ${process.pid}，见 \`${decisions}.lock\`）；` +
        "每个文件只能有一个写入者：多个实例请共用 `PostgreSQL` 决策日志\n",
    );
  });
});
