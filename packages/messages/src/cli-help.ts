import type { Lang } from "./lang.js";

/**
 * The `--help` texts of the CLI in 简体中文, keyed by their English: the descriptions of the commands, their
 * arguments and options as each command registers them, commander's own labels, and the prose after a command's
 * options. Keyed by the text rather than by a name so that the commands keep their English inline, where it is
 * read with the option it describes; a text missing here (one added or reworded since) shows in English.
 */
const HELP_ZH: Readonly<Record<string, string>> = {
  // commander's labels
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Global Options:": "全局选项：",
  "display help for command": "显示命令的帮助",
  "output the version number": "显示版本号",
  // the program
  "Check, compile, evaluate and test subsidy policies written in the Subsidia language.":
    "检查、编译、计算和测试用 Subsidia 语言编写的补贴政策。",
  "language of the output: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)":
    "输出的语言：`en` 或 `zh`（默认按 `LC_ALL`、`LC_MESSAGES` 或 `LANG` 确定）",
  // commander's notes after an option's description: `(default: "8080", env: SUBSIDIA_DECISION_LOG)`
  "default:": "默认：",
  "env:": "环境变量：",
  "compile policies afresh, without reading or writing the cache of compiled policies":
    "重新编译政策，不读写已编译政策的缓存",
  // the commands as `subsidia --help` lists them (program.ts)
  "report every error and warning in policy files (file:line:col code message)":
    "报告政策文件中的每个错误和警告（文件:行:列 代码 消息）",
  "print the compiled IR of a policy as JSON": "以 JSON 输出政策编译后的中间表示",
  "evaluate one applicant's facts against policies; several policies stack (从优、就高、不重复)":
    "按政策计算一位申请人的事实；多项政策叠加（从优、就高、不重复）",
  "every policy of a library an applicant qualifies for, stacked across policies, largest first":
    "申请人在政策库中符合的每项政策，跨政策叠加，按金额从高到低",
  "the library's index (policies, implementing rules, amendments, vocabularies) and its checks":
    "政策库的索引（政策、实施细则、修订、词汇表）及其检查",
  "run the tests written in policy files (default: every policy under ./policies)":
    "运行政策文件中写的测试（默认：`./policies` 下的每项政策）",
  "rewrite policy files in the canonical style (2-space indent, one entry per line, comments kept)":
    "按规范格式重写政策文件（缩进两个空格，每行一项，保留注释）",
  "what changed between two versions of a policy, with witnesses and the budget impact":
    "政策两个版本之间的变化，附见证和预算影响",
  "synthetic populations of applicants, to see the shape of a change's impact without real data":
    "合成的申请人群体，无需真实数据即可看出变化影响的大致情况",
  "generate a typed TypeScript SDK from policies": "由政策生成带类型的 TypeScript SDK",
  "evaluate many applicants from JSON Lines, one JSON record per line, in order":
    "按 JSON Lines 计算多位申请人，每行一条 JSON 记录，按顺序输出",
  "run the language server for editors, speaking LSP on standard input and output":
    "运行供编辑器使用的语言服务器，经标准输入和标准输出使用 LSP 协议",
  "compile a policy to SQL: the DDL of its table layout and the query that evaluates every applicant":
    "把政策编译为 SQL：表结构的 DDL，以及计算每位申请人的查询",
  "run the decision service: policies over HTTP, every decision recorded in a hash-chained log":
    "运行决策服务：经 HTTP 提供政策，每个决策记入哈希链日志",
  "re-evaluate the decisions of a decision log and report any that differ": "重新计算决策日志中的决策，报告结果不同者",
  "check a decision log's hash chain: an edited, deleted, inserted or moved line is reported":
    "检查决策日志的哈希链：报告被修改、删除、插入或移动的行",
  "start a new policy project: a policy with one article, example facts, a README and a CI workflow":
    "新建政策项目：含一条的政策、示例事实、README 和 CI 工作流",
  "print a shell completion script for bash, zsh or fish": "输出 bash、zsh 或 fish 的命令补全脚本",
  // each command in full
  ".subsidia files or folders": "`.subsidia` 文件或文件夹",
  // the limits on facts (limits.ts), with their default values
  "the most bytes of one applicant's facts (default 16777216)": "一位申请人的事实至多的字节数（默认 16777216）",
  "how deep one applicant's facts may nest (default 64, at most 1000)":
    "一位申请人的事实可嵌套的深度（默认 64，至多 1000）",
  "the most items a list of facts may hold (default 100000)": "事实中一个列表至多的项数（默认 100000）",
  "check again whenever a policy file is saved, showing only what changed": "每次保存政策文件时重新检查，只显示变化",
  "print one JSON document: each file's diagnostics, and the counts": "输出一个 JSON 文档：每个文件的诊断及计数",
  "a .subsidia file": "一个 `.subsidia` 文件",
  ".subsidia files": "`.subsidia` 文件",
  "the applicant's facts as JSON (- for standard input)": "申请人的事实，JSON 格式（`-` 表示标准输入）",
  "print one JSON document instead of the report": "输出一个 JSON 文档，而不是报告",
  "why clauses were not paid: concise (default) or full (every reason and condition)":
    "条款未支付的原因：`concise`（默认）或 `full`（每个原因和条件）",
  "evaluate with a fact changed too and show the difference (repeatable)":
    "再按改动一项事实后的事实计算，并显示差异（可重复）",
  "a fact near misses must not change, e.g. projects.highTech (repeatable)":
    "“差一点”的建议不得改动的事实，如 `projects.highTech`（可重复）",
  "implementing rules and amendments to apply when in force (docs/library.md)":
    "在有效期内适用的实施细则和修订（见 `docs/library.md`）",
  "the library's folder (default: policies)": "政策库的文件夹（默认：`policies`）",
  "match as if the applicant applied on this date (YYYY-MM-DD)": "按申请人在此日期（年-月-日）申请来匹配",
  "match with a fact changed too and show what changes in each policy's awards (repeatable)":
    "再按改动一项事实后的事实匹配，并显示每项政策的奖补有何变化（可重复）",
  "print the index and the diagnostics as one JSON document": "以一个 JSON 文档输出索引和诊断",
  "print, per clause, which branches the tests exercised": "按条款输出测试覆盖了哪些分支",
  "run the tests again whenever a policy file is saved, showing only what changed":
    "每次保存政策文件时重新运行测试，只显示变化",
  "exit 1 when a policy's tests cover less than this percentage of its branches":
    "政策的测试覆盖的分支少于此百分比时以 1 退出",
  "print one JSON document: each test's outcome and each policy's coverage":
    "输出一个 JSON 文档：每个测试的结果和每项政策的覆盖率",
  ".subsidia files or folders, or - for standard input": "`.subsidia` 文件或文件夹，或 `-` 表示标准输入",
  "write nothing; list the files that would change and exit 1 if any": "不写入；列出需要修改的文件，有则以 1 退出",
  "what changed between two versions of a policy, clause by clause, with an applicant paid differently by each behavioural change and, over a population, the budget impact":
    "政策两个版本之间逐条款的变化：每个影响行为的变化附一位奖补不同的申请人，并可按群体计算预算影响",
  "OLD and NEW .subsidia files, or one file with --git": "旧版和新版 `.subsidia` 文件，或与 `--git` 同用时的一个文件",
  "compare FILE at git revision REV (e.g. HEAD~1) with FILE as it is now":
    "把 git 修订 `REV`（如 `HEAD~1`）中的文件与其当前版本比较",
  "print one JSON document: each change with article, clause, kind, behavioural, before/after, witness":
    "输出一个 JSON 文档：每个变化及其条、条款、种类、是否影响行为、修改前后和见证",
  "print Markdown ready to paste as a pull-request comment": "输出可直接粘贴为合并请求评论的 Markdown",
  "JSON Lines, one applicant's facts per line (- for standard input): totals before and after":
    "JSON Lines，每行一位申请人的事实（`-` 表示标准输入）：修改前后的合计",
  "how many of the largest individual changes to list": "列出多少个最大的个体变化",
  "`js` (default) or `duckdb`: both versions compiled to SQL, run in embedded DuckDB (JSON Lines, Parquet or CSV)":
    "`js`（默认）或 `duckdb`：两个版本都编译为 SQL，在内嵌的 DuckDB 中运行（JSON Lines、Parquet 或 CSV）",
  "draw plausible applicants from a policy's declared inputs, one JSON object of facts per line":
    "按政策声明的输入抽取合理的申请人，每行一个事实的 JSON 对象",
  "how many applicants": "申请人的数量",
  "any text or number: the same seed draws the same applicants": "任意文字或数字：相同的种子抽取相同的申请人",
  "write to this file instead of standard output; `.parquet` or `.csv`: the SQL table layout, one file per table":
    "写入此文件而不是标准输出；`.parquet` 或 `.csv`：按 SQL 表结构，每个表一个文件",
  "per clause, how many applicants missed it by less than 1%, 5% and 10% of a threshold":
    "按条款统计有多少申请人以不到门槛 1%、5% 和 10% 的差距未获支付",
  "applicants' facts as JSON Lines (- for standard input)": "申请人的事实，JSON Lines 格式（`-` 表示标准输入）",
  "print one JSON document instead of the table": "输出一个 JSON 文档，而不是表格",
  "generate a typed TypeScript SDK from policies: facts types, zod and JSON schemas, typed results, evaluate()":
    "由政策生成带类型的 TypeScript SDK：事实的类型、zod 和 JSON 模式、带类型的结果、`evaluate()`",
  "the folder to write the generated .ts files into": "写入生成的 `.ts` 文件的文件夹",
  "evaluate many applicants from JSONL (one facts object per line), one JSON record per line, in order":
    "按 JSONL（每行一个事实对象）计算多位申请人，每行一条 JSON 记录，按顺序输出",
  "write the records there instead of standard output": "把记录写到那里而不是标准输出",
  "worker threads (default: one per core)": "工作线程数（默认：每个核一个）",
  "full results with explanations (slower: the interpreter instead of the compiled evaluator)":
    "带解释的完整结果（较慢：用解释器而不是编译后的求值器）",
  "`js` (default) or `duckdb`: the policy compiled to SQL, run in embedded DuckDB; reads JSON Lines, Parquet or CSV":
    "`js`（默认）或 `duckdb`：政策编译为 SQL，在内嵌的 DuckDB 中运行；读取 JSON Lines、Parquet 或 CSV",
  "talk over standard input and output (the only transport, and the default)":
    "经标准输入和标准输出通信（唯一的传输方式，也是默认方式）",
  "the SQL dialect: duckdb, postgresql, spark, trino": "SQL 方言：`duckdb`、`postgresql`、`spark`、`trino`",
  "print only `ddl` or only the `query`": "只输出 `ddl` 或只输出 `query`",
  "the policy library: every .subsidia file under it, reloaded on change":
    "政策库：其下的每个 `.subsidia` 文件，修改后重新加载",
  "the address to listen on": "监听的地址",
  "the port to listen on (0: any free port)": "监听的端口（0：任一空闲端口）",
  "a JSONL file, or a postgresql:// URL for several instances":
    "一个 JSONL 文件，或供多个实例共用的 `postgresql://` 地址",
  "answer without recording decisions": "应答但不记录决策",
  "a facts path to mask in the log, e.g. `applicant.creditCode` (repeatable)":
    "日志中要遮蔽的事实路径，如 `applicant.creditCode`（可重复）",
  "the largest request body accepted": "接受的最大请求体",
  "do not reload the policies when their files change": "政策文件修改时不重新加载",
  "re-evaluate every decision of a decision log with the policy version it names, and report differences":
    "按决策日志中每个决策所记的政策版本重新计算，报告差异",
  "a JSONL decision log (its policy versions beside it), or the postgresql:// URL of one":
    "JSONL 决策日志（政策版本在其旁边），或其 `postgresql://` 地址",
  "print the report as JSON": "以 JSON 输出报告",
  "a JSONL decision log, or the postgresql:// URL of one": "JSONL 决策日志，或其 `postgresql://` 地址",
  "the hash the log must end with (recorded elsewhere): detects lines cut off the end":
    "日志应以之结尾的哈希（另行记录）：可发现被截去的末尾各行",
  "start a policy project: a policy with a test, example facts, a README and a CI workflow":
    "新建政策项目：带测试的政策、示例事实、README 和 CI 工作流",
  "an empty or new folder": "空文件夹或新文件夹",
  "print a shell completion script: commands, options, policy files, facts files, languages":
    "输出命令补全脚本：命令、选项、政策文件、事实文件、语言",
  "bash, zsh or fish": "`bash`、`zsh` 或 `fish`",
  "with `fact-paths` or `what-if-paths` (what the scripts run): the policies' fact paths":
    "与 `fact-paths` 或 `what-if-paths` 同用（脚本所运行的）：政策的事实路径",
};

/** The prose after some commands' options, and the label of their examples: replaced wherever it appears. */
const PROSE_ZH: readonly (readonly [string, string])[] = [
  [
    "Each input line gives one output line: the line number and the amounts, or `error` for a line that is not\n" +
      "valid JSON or not valid facts; the run never stops at a bad line. A summary goes to stderr; the exit\n" +
      "status is 1 when some lines gave error records. A policy with `select` or `budget` is decided over the\n" +
      "whole population once every line is read: each award it decides says why (docs/population.md).\n",
    "每个输入行对应一个输出行：行号和金额；不是有效 JSON 或有效事实的行输出 `error`，运行不会因坏行而停止。\n" +
      "摘要写到标准错误；有行输出错误记录时退出状态为 1。含 `select` 或 `budget` 的政策在读完所有行后按整个群体决定：\n" +
      "它决定的每项奖补都说明原因（见 `docs/population.md`）。\n",
  ],
  [
    "The query reads the tables the DDL creates and returns one row per line of each applicant's result\n" +
      "(docs/population.md describes both). Amounts are exact decimals and rounding is written out, so every\n" +
      "engine gives the JavaScript runtime's result to the cent.\n",
    "查询读取 DDL 创建的表，每位申请人结果的每一行返回一行（两者见 `docs/population.md`）。\n" +
      "金额是精确的小数，舍入也写在查询中，因此每个引擎都给出与 JavaScript 运行时分毫不差的结果。\n",
  ],
  ["See docs/service.md.", "见 `docs/service.md`。"],
  ["\nEndpoints: ", "\n接口："],
  [
    "Exit status 1 when a decision does not replay to its logged result. Examples:\n",
    "有决策的重算结果与日志不符时退出状态为 1。示例：\n",
  ],
  ["Exit status 1 when anything is found. Examples:\n", "发现任何问题时退出状态为 1。示例：\n"],
  ["Editor set-up: docs/editor.md", "编辑器设置：见 `docs/editor.md`"],
  ["\nExamples:\n", "\n示例：\n"],
  ["\nExample:\n", "\n示例：\n"],
  // commander writes a space after each title; a full-width colon carries its own
  ["用法： ", "用法："],
];

/** A `--help` text (a description, a label) in a language; one not in the catalogue as it is. */
export function translateHelp(text: string, lang: Lang): string {
  return lang === "en" ? text : (HELP_ZH[text] ?? text);
}

/** The prose commander writes around the options (`Examples:`, what a command's exit status means), in a language. */
export function translateHelpProse(text: string, lang: Lang): string {
  return lang === "en" ? text : PROSE_ZH.reduce((t, [en, zh]) => t.replaceAll(en, zh), text);
}
