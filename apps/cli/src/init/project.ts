import { exampleFacts, examplePolicy } from "./policy.js";

export interface ProjectFile {
  path: string;
  contents: string;
}

/** The CLI version a new project depends on. */
const CLI_RANGE = "^0.1.0";

/**
 * The files of a new policy project (`subsidia init`): a policy, an applicant's facts, a README in Chinese and
 * English, `.gitignore`, `package.json` (the CLI as a dev dependency) and a GitHub Actions workflow that checks,
 * tests (every branch) and format-checks the policies, and on a pull request posts the semantic diff of each
 * changed policy as a review comment. Pure: the command writes them.
 */
export function projectFiles(name: string): ProjectFile[] {
  const id =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[^a-z0-9]+/, "") || "my-policy";
  return [
    { path: `policies/${id}.subsidia`, contents: examplePolicy(id) },
    { path: "facts/example.json", contents: exampleFacts },
    { path: "README.md", contents: readme(id) },
    { path: ".gitignore", contents: "node_modules/\n*.log\n.DS_Store\n" },
    { path: "package.json", contents: packageJson(id) },
    { path: ".github/workflows/policies.yml", contents: WORKFLOW },
  ];
}

const packageJson = (id: string) =>
  `${JSON.stringify(
    {
      name: id,
      private: true,
      scripts: {
        check: "subsidia check policies",
        test: "subsidia test --min-coverage 100 policies",
        fmt: "subsidia fmt policies",
      },
      devDependencies: { subsidia: CLI_RANGE },
    },
    null,
    2,
  )}\n`;

const readme = (id: string) => `# ${id}

用 [Subsidia](https://www.npmjs.com/package/subsidia) 编写的补贴政策。 Subsidy policies written in Subsidia.

## 下一步

1. \`npm install\` 安装命令行工具。
2. 把 \`policies/${id}.subsidia\` 换成您要编码的文件：每一条写成 \`article\`，用 \`text\` 引用原文，
   每项措施写成 \`clause\`，并在文件末尾写 \`test\`。
3. 边写边检查：\`npx subsidia check policies --watch\`（保存即重新检查）。
4. 运行测试并查看覆盖率：\`npx subsidia test --coverage policies\`。
5. 用申请人的事实试算：\`npx subsidia eval policies/${id}.subsidia --facts facts/example.json --lang zh\`。
6. 提交前格式化：\`npx subsidia fmt policies\`。

推送后，\`.github/workflows/policies.yml\` 会运行 \`check\`、\`test --min-coverage 100\` 和 \`fmt --check\`；
在拉取请求中，它把每个修改过的政策的语义差异（逐条款的变化，以及因此得到不同奖补的申请人）作为评审意见发布。

## Next steps

1. \`npm install\` installs the command line.
2. Replace \`policies/${id}.subsidia\` with the document you encode: each article an \`article\` citing its
   \`text\`, each measure a \`clause\`, and \`test\`s at the end of the file.
3. Check as you write: \`npx subsidia check policies --watch\` (re-checks on every save).
4. Run the tests and see what they cover: \`npx subsidia test --coverage policies\`.
5. Try an applicant's facts: \`npx subsidia eval policies/${id}.subsidia --facts facts/example.json\`.
6. Format before you commit: \`npx subsidia fmt policies\`.

On every push, \`.github/workflows/policies.yml\` runs \`check\`, \`test --min-coverage 100\` and
\`fmt --check\`; on a pull request it posts the semantic diff of each changed policy (the changes clause by
clause, and an applicant who is paid differently because of them) as a review comment.
`;

const WORKFLOW = `# Checks the policies on every push and pull request. On a pull request, posts the semantic diff of each
# changed policy (subsidia diff --git BASE FILE --markdown) as a review comment.
name: policies
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
  pull-requests: write
jobs:
  policies:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - run: npx subsidia check policies
      - run: npx subsidia test --min-coverage 100 policies
      - run: npx subsidia fmt --check policies
      - name: Semantic diff as a review comment
        if: github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
          BASE: \${{ github.event.pull_request.base.sha }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          : > diff.md
          for f in $(git diff --name-only "$BASE" HEAD -- 'policies/*.subsidia'); do
            if [ -f "$f" ] && git cat-file -e "$BASE:$f" 2>/dev/null; then
              npx subsidia diff --git "$BASE" "$f" --markdown >> diff.md
            fi
          done
          if [ -s diff.md ]; then gh pr review "$PR" --comment --body-file diff.md; fi
`;
