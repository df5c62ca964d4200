import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const facts = "examples/applicant.json";
/** A policy whose article 5 divides by a parameter that is zero from 2028 (packages/sql's conformance tests). */
const divides = "packages/sql/test/conformance/constructs/params.subsidia";
const dividesByZero = JSON.stringify({
  applicationDate: "2028-03-01",
  projects: [{ id: "a", scale: "small", investment: 100, national: false }],
});

/** Names that read the same in every language: formats, the engine, the program. */
const NAMES = new Set(["JSON", "SQL", "CSV", "Parquet", "DuckDB", "Subsidia"]);

/**
 * The English words of an error a Chinese reader would meet: every word of two or more Latin letters outside
 * backticks, single quotes (commander quotes options and names so) and the paths given on the command line.
 */
function englishWords(text: string, paths: readonly string[] = []): string[] {
  const bare = paths.reduce((t, p) => t.replaceAll(p, ""), text).replace(/`[^`]*`|'[^']*'/g, "");
  return [...new Set(bare.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !NAMES.has(w));
}

/** An error under `--lang zh`: its exit code, nothing on stdout, a Chinese message on stderr. */
function chineseError(args: string[], input?: string, paths: readonly string[] = []) {
  const r = cli([...args, "--lang", "zh"], input);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^错误：/);
  expect(englishWords(r.stderr, paths), r.stderr).toEqual([]);
  return r;
}

describe("errors of a command's own options under --lang zh", () => {
  // each: the arguments, the exit code, what the Chinese error says, what the English one says (unchanged)
  const cases: [string[], number, string, string][] = [
    [
      ["population", "sample", flagship, "--count", "0"],
      2,
      "`--count` 应为 1 至 100000000 的整数；实际为 `0`",
      "`--count` expects a whole number from 1 to 100000000, got `0`",
    ],
    [
      ["eval", flagship, "--facts", facts, "--max-depth", "0"],
      2,
      "`--max-depth` 应为 1 至 1000 的整数；实际为 `0`",
      "`--max-depth` expects a whole number from 1 to 1000, got `0`",
    ],
    [
      ["diff", flagship, flagship, "--json", "--markdown"],
      2,
      "`--json` 与 `--markdown` 只能选用其一",
      "choose one of `--json` and `--markdown`",
    ],
    [
      ["diff", flagship, flagship, "--top", "0"],
      2,
      "`--top` 应为不小于 1 的整数；实际为 `0`",
      "`--top` expects a whole number of at least 1, got `0`",
    ],
    [
      ["match", "policies", "--facts", facts, "--on", "2026-02-30"],
      2,
      "`--on` 应为日期，如 `2026-06-30`；实际为 `2026-02-30`",
      "`--on` expects a date such as `2026-06-30`, got `2026-02-30`",
    ],
    [
      ["eval", flagship, "--facts", facts, "--explain", "some"],
      2,
      "`--explain` 的取值 `some` 无效：应为 `concise` 或 `full`",
      "--explain `some`: expected `concise` or `full`",
    ],
    [
      ["eval", flagship, flagship, "--facts", facts],
      2,
      `\`${flagship}\` 出现了两次；每项政策应只给一次（政策不能与自身叠加）`,
      `\`${flagship}\` is given twice; expected each policy once (stacking a policy with itself)`,
    ],
    [
      ["eval", flagship, "--facts", facts, "--what-if", "nothing"],
      2,
      "`nothing`：应为 `path=value`，其中 `path` 是事实的路径，如 `projects[0].fixedAssetInvestment`",
      "`nothing`: expected `path=value` with a fact path such as `projects[0].fixedAssetInvestment`",
    ],
    [
      ["eval", flagship, "--facts", facts, "--what-if", "projects[9].id=x"],
      2,
      "`--what-if` `projects[9].id`：路径应指向所给的事实（已有的列表项，或紧接最后一项之后的一项）",
      "--what-if `projects[9].id`: expected paths into the facts given (a list item that exists, or the one just after the last)",
    ],
    [
      ["batch", flagship, "--facts", facts, "--engine", "fast"],
      1,
      "`--engine` 应为 `js` 或 `duckdb`；实际为 `fast`",
      "`--engine` expects `js` or `duckdb`, got `fast`",
    ],
    [
      ["batch", flagship, "--facts", "applicants.csv"],
      1,
      "`applicants.csv` 是 CSV 文件：请用 `--engine duckdb` 读取",
      "`applicants.csv` is CSV: read it with `--engine duckdb`",
    ],
    [
      ["sql", flagship, "--only", "all"],
      1,
      "`--only` 应为 `ddl` 或 `query`；实际为 `all`",
      "`--only` expects `ddl` or `query`, got `all`",
    ],
    [
      ["fmt", "-", flagship],
      2,
      "`-`（标准输入）不能与文件同用；应单独使用 `subsidia fmt -`",
      "`-` (standard input) cannot be combined with files; expected `subsidia fmt -` alone",
    ],
  ];

  test.each(cases)("%j", (args, code, zh, en) => {
    const r = chineseError(args, undefined, [flagship]);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(`错误：${zh}\n`);
    const english = cli(args);
    expect([english.code, english.stdout, english.stderr]).toEqual([code, "", `error: ${en}\n`]);
  });

  test("commander's own errors: in Chinese, the command's help after them in Chinese too", () => {
    const cases: [string[], string, string][] = [
      [
        ["eval", flagship, "--facts", facts, "--fact", "x"],
        "错误：未知的选项 '--fact'\n（是否想写 `--facts`？）\n",
        "eval",
      ],
      [["evl"], "错误：未知的命令 'evl'\n（是否想写 `eval`？）\n", ""],
      [["diff"], "错误：缺少必需的参数 'files'\n", "diff"],
    ];
    for (const [args, error, command] of cases) {
      const r = cli([...args, "--lang", "zh"]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr.startsWith(`${error}\n用法：subsidia ${command}`.replace(/ $/, " ")), r.stderr).toBe(true);
      expect(englishWords(error)).toEqual([]);
      expect(r.stderr).toContain("\n选项：\n");
    }
    // in English, the command's help follows, as it always did
    const english = cli(["eval", flagship, "--facts", facts, "--fact", "x"]);
    expect(english.stderr).toMatch(
      /^error: unknown option '--fact'\n\(Did you mean --facts\?\)\n\nUsage: subsidia eval /,
    );
  });
});

describe("facts files under --lang zh", () => {
  // malformed JSON of each kind lossless-json names; each at its line and column
  const malformed: [string, string][] = [
    ['{"a": 1,\n "b" 2}', "标准输入 第 2 行第 6 列：JSON 格式错误：键名之后应为冒号 ':'，实际为 '2'"],
    ['{"a": 1,', "标准输入 第 1 行第 9 列：JSON 格式错误：应为带引号的键名，但输入已结束"],
    ['{"a": 1 "b": 2}', "标准输入 第 1 行第 9 列：JSON 格式错误：值之后应为逗号 ','，实际为 '\"'"],
    ['{"a": [1, }', "标准输入 第 1 行第 11 列：JSON 格式错误：应为数组的一项，实际为 '}'"],
    ['{"a": 1} x', "标准输入 第 1 行第 10 列：JSON 格式错误：应到此结束，实际为 'x'"],
    ['{"a": nul}', "标准输入 第 1 行第 7 列：JSON 格式错误：':' 之后应为一个值"],
    ['{"a": "x', "标准输入 第 1 行第 9 列：JSON 格式错误：应以 '\"' 结束字符串，但输入已结束"],
    ['{"a": 1, "a": 2}', "标准输入 第 1 行第 11 列：JSON 格式错误：键 'a' 重复"],
  ];

  test.each(malformed)("%j", (text, zh) => {
    const r = chineseError(["eval", flagship, "--facts", "-"], text);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`错误：${zh}；应为一个由事实组成的 JSON 对象\n`);
  });

  test("English is unchanged: the parser's words at line:column", () => {
    const r = cli(["eval", flagship, "--facts", "-"], '{"a": 1,\n "b" 2}');
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toBe(
      "error: standard input:2:6: malformed JSON: colon ':' expected after property name but got '2'; expected one JSON object of facts\n",
    );
  });

  test("facts nested too deep, and too many bytes", () => {
    const deep = chineseError(["eval", flagship, "--facts", "-", "--max-depth", "2"], '{"a": {"b": {"c": 1}}}');
    expect(deep.stderr).toBe(
      "错误：标准输入 第 1 行第 13 列：a.b：嵌套超过 2 层（上限；见 `--max-depth`）；应为一个由事实组成的 JSON 对象\n",
    );
    const big = chineseError(["eval", flagship, "--facts", facts, "--max-bytes", "10"], undefined, [facts]);
    expect(big.stderr).toMatch(/^错误：examples\/applicant\.json：\d+ 字节，超过上限 10（见 `--max-bytes`）\n$/);
    const english = cli(["eval", flagship, "--facts", "-", "--max-depth", "2"], '{"a": {"b": {"c": 1}}}');
    expect(english.stderr).toBe(
      "error: standard input:1:13: a.b: nested deeper than 2 levels (the limit; see --max-depth); expected one JSON object of facts\n",
    );
  });
});

describe("a policy that cannot evaluate these facts, under --lang zh", () => {
  test("`eval` and `match`: the header and the reason in Chinese, the code quoted as written", () => {
    const r = chineseError(["eval", divides, "--facts", "-"], dividesByZero, [divides, "art5.divided"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`错误：${divides}：无法计算：\n  art5.divided：\`p.investment / divisor\` 中除数为零\n`);
    const dir = mkdtempSync(join(tmpdir(), "subsidia-zh-match-"));
    const file = join(dir, "facts.json");
    writeFileSync(file, dividesByZero);
    const matched = chineseError(["match", "packages/sql/test/conformance/constructs", "--facts", file], undefined, [
      file,
      "sql-params",
      "art5.divided",
    ]);
    expect(matched.stderr).toContain(
      "错误：sql-params：无法计算：\n  art5.divided：`p.investment / divisor` 中除数为零\n",
    );
    const english = cli(["eval", divides, "--facts", "-"], dividesByZero);
    expect(english.stderr).toBe(
      `error: ${divides}: cannot evaluate:\n  art5.divided: division by zero in \`p.investment / divisor\`\n`,
    );
  });

  test("`sql` and `batch --engine duckdb`: what SQL cannot compute, in Chinese", () => {
    const policy = "apps/cli/test/data/term-count.subsidia";
    const r = chineseError(["sql", policy, "--dialect", "duckdb"], undefined, [policy, "art1.due"]);
    expect(r.code).toBe(1);
    const reason =
      "art1.due：`registered + term years` 的次数应为常量，或按其类型（`integer from 0 to 100`）至多 5 位的整数，才能在 SQL 中计算";
    expect(r.stderr).toBe(`错误：${policy}：${reason}\n`);
    const batch = chineseError(
      ["batch", policy, "--facts", "-", "--engine", "duckdb"],
      '{"registered":"2020-01-01","term":3}\n',
      ["art1.due"],
    );
    expect([batch.code, batch.stderr]).toEqual([1, `错误：\`--engine duckdb\` 无法计算此政策：${reason}\n`]);
  });
});

test("`population sample --out FILE.parquet --lang zh`: what it wrote, in Chinese", () => {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-zh-sample-"));
  const sample = (name: string, lang: string) =>
    cli(["population", "sample", flagship, "--count", "1200", "--seed", "1", "--out", join(dir, name), "--lang", lang]);
  expect(sample("zh.parquet", "zh").stderr).toBe(
    `1,200 位申请人 → ${join(dir, "zh.parquet")}，另有 11 个列表的表在其旁（${join(dir, "zh.LIST.parquet")}）\n`,
  );
  expect(sample("en.parquet", "en").stderr).toBe(
    `1,200 applicants → ${join(dir, "en.parquet")}, and 11 list tables beside it (${join(dir, "en.LIST.parquet")})\n`,
  );
});

describe("an internal error (a bug)", () => {
  test("its frame is in the CLI's language; the error's own words are as the engine wrote them", async () => {
    const argv = process.argv;
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
      written.push(String(s));
      return true;
    });
    try {
      const { fail } = await import("../src/run.js");
      process.argv = [argv[0]!, "subsidia", "eval", "--lang", "zh"];
      fail(new TypeError("x is not a function"));
      process.argv = [argv[0]!, "subsidia", "eval"];
      fail(new TypeError("x is not a function"));
    } finally {
      spy.mockRestore();
      process.argv = argv;
      process.exitCode = 0;
    }
    expect(written.map((w) => w.replace(/\x1b\[\d+m/g, ""))).toEqual([
      "内部错误：TypeError: x is not a function（这是 Subsidia 的缺陷；设置 `SUBSIDIA_DEBUG=1` 可显示出错位置）\n",
      "internal error: TypeError: x is not a function (a bug in subsidia; SUBSIDIA_DEBUG=1 shows where)\n",
    ]);
  });
});

describe("--lang before the command", () => {
  const commands: string[][] = [
    ["eval", flagship, "--facts", facts],
    ["check", flagship],
    ["diff", flagship, flagship],
    ["test", flagship],
  ];

  test.each(commands.map((c) => [c[0]!, c] as const))(
    "%s: `--lang zh` before it is `--lang zh` after it",
    (_, args) => {
      const after = cli([...args, "--lang", "zh"]);
      expect(after.code).toBe(0);
      expect(after.stdout).not.toBe("");
      for (const before of [cli(["--lang", "zh", ...args]), cli(["--lang=zh", ...args])])
        expect([before.code, before.stdout, before.stderr]).toEqual([0, after.stdout, after.stderr]);
      const english = cli(["--lang", "en", ...args], undefined, { LANG: "zh_CN.UTF-8" });
      expect([english.code, english.stdout]).toEqual([0, cli(args).stdout]);
    },
  );
});

describe("docs/cli.md", () => {
  const page = readFileSync(join(repo, "docs/cli.md"), "utf8");
  /** The line shown under a command of a console block: what it writes to standard error. */
  const shown = (command: string) => {
    const start = page.indexOf(`$ ${command}\n`);
    if (start < 0) throw new Error(`docs/cli.md does not show \`${command}\``);
    const rest = page.slice(start + command.length + 3);
    return rest.slice(0, rest.indexOf("\n") + 1);
  };

  test("the examples of errors in Chinese are what the CLI writes today", () => {
    const echoed = '{"applicationDate" "2026-03-01"}';
    const json = cli(["eval", flagship, "--facts", "-", "--lang", "zh"], `${echoed}\n`);
    expect([json.code, json.stdout]).toEqual([1, ""]);
    expect(json.stderr).toBe(shown(`echo '${echoed}' | npx subsidia eval ${flagship} --facts - --lang zh`));
    const args = ["--lang", "zh", "eval", flagship, "--facts", facts, "--explain", "some"];
    const usage = cli(args);
    expect([usage.code, usage.stdout]).toEqual([2, ""]);
    expect(usage.stderr).toBe(shown(`npx subsidia ${args.join(" ")}`));
  });
});
