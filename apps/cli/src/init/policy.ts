/**
 * The policy `subsidia init` starts a project with: one article with its cited text, one clause (a rate of an
 * amount, a threshold and a cap) and tests that exercise every branch, so that the new project's CI passes
 * `check`, `test --min-coverage 100` and `fmt --check` from the first commit. `id` is the project's name.
 */
export const examplePolicy = (
  id: string,
): string => `// 示例政策：把它换成您要编码的文件。 An example policy: replace it with the document you encode.
policy "${id}" {
  title "支持企业研发投入（示例）"
  issuer "示例市人民政府"
  issued 2026-01-01
  valid from 2026-01-01 to 2028-12-31 on applicationDate
}

input applicationDate: date "申请日期"
input rdSpending: money "上年度研发投入"
input highTech: boolean "是否为高新技术企业"

article 1 "支持企业研发投入" {
  text "对上年度研发投入500万元以上的高新技术企业，按照其研发投入的10%给予补助，最高不超过200万元。"
  clause rdGrant "研发投入补助" {
    when highTech
    when rdSpending >= 500万元
    award 10% of rdSpending
    cap 200万元
  }
}

test "500万元 qualifies: 10% of it" {
  facts { applicationDate: 2026-06-30, rdSpending: 500万元, highTech: true }
  expect award rdGrant = 50万元
}

test "the cap binds from 2000万元" {
  facts { applicationDate: 2026-06-30, rdSpending: 3000万元, highTech: true }
  expect award rdGrant = 200万元
}

test "below 500万元, nothing" {
  facts { applicationDate: 2026-06-30, rdSpending: 499万元, highTech: true }
  expect no award rdGrant
}

test "not high-tech, nothing" {
  facts { applicationDate: 2026-06-30, rdSpending: 800万元, highTech: false }
  expect no award rdGrant
}

test "before the policy is in force, nothing" {
  facts { applicationDate: 2025-12-31, rdSpending: 800万元, highTech: true }
  expect no award rdGrant
}
`;

/** Facts of one applicant, to try the policy with `subsidia eval`. */
export const exampleFacts = `${JSON.stringify({ applicationDate: "2026-06-30", rdSpending: 12000000, highTech: true }, null, 2)}\n`;
