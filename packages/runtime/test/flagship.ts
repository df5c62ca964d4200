/** The contract's flagship policy (Heilongjiang biomanufacturing 2026), built by hand as IR. */
import {
  and,
  article,
  clause,
  cmp,
  enumOf,
  fact,
  field,
  given,
  item,
  listOf,
  money,
  param,
  paramDecl,
  pct,
  policy,
  rate,
  recordOf,
  str,
  uplift,
  lookup,
  tiers,
} from "./build-ir.js";

const p = (path: string, type: Parameters<typeof item>[2] = "money") => item("p", path, type);
const ten = money("10000000", "1000万元");

export const flagship = policy({
  id: "heilongjiang-biomanufacturing-2026",
  inputs: [
    field("rdInvestment", recordOf(field("current", "money"), field("previous", "money", true)), true),
    field(
      "pilotPlatforms",
      listOf(
        field("id", "string"),
        field("kind", enumOf("concept-verification", "pilot-scale")),
        field("totalInvestment", "money", true),
        field("performanceQualified", "boolean"),
        field("operating", "boolean"),
        field("annualServiceToProvincialEnterprises", "money", true),
        field("nationalPilotPlatform", "boolean"),
      ),
    ),
    field(
      "projects",
      listOf(
        field("id", "string"),
        field("construction", enumOf("new", "renovation", "expansion", "technical-transformation")),
        field("highTech", "boolean"),
        field("fixedAssetInvestment", "money"),
      ),
    ),
    field(
      "clinicalTrials",
      listOf(
        field("id", "string"),
        field("productType", enumOf("new-drug", "high-end-device")),
        field("phase", "integer"),
        field("approvedByNationalRegulator", "boolean"),
      ),
    ),
    field("tcmProducts", listOf(field("id", "string"), field("salesRevenueIncrease", "money"))),
    field(
      "keyNewProducts",
      listOf(
        field("id", "string"),
        field("provincialKeyNewProduct", "boolean"),
        field("annualSalesRevenue", "money"),
        field("annualTransactionAmount", "money"),
      ),
    ),
  ],
  params: [paramDecl("stockRate", "percent", [], "存量部分补助比例由实施细则确定")],
  articles: [
    article(3, [
      clause({
        id: "rdSubsidy",
        when: [cmp(">=", fact("rdInvestment.current", "money"), money("500000", "50万元"))],
        award: rate(param("stockRate", "percent"), fact("rdInvestment.current", "money")),
        funding: [
          ["province", "1"],
          ["city", "1"],
        ],
      }),
    ]),
    article(4, [
      clause({
        id: "construction",
        forEach: ["p", "pilotPlatforms"],
        when: [p("performanceQualified", "boolean"), given(p("totalInvestment"))],
        award: rate(pct("0.3"), p("totalInvestment")),
        caps: [ten],
        uplifts: [uplift(pct("0.5"), "after-cap", p("nationalPilotPlatform", "boolean"))],
      }),
      clause({
        id: "operation",
        forEach: ["p", "pilotPlatforms"],
        when: [p("operating", "boolean"), given(p("annualServiceToProvincialEnterprises"))],
        award: rate(pct("0.2"), p("annualServiceToProvincialEnterprises")),
        caps: [money("5000000", "500万元")],
        uplifts: [uplift(pct("0.5"), "after-cap", p("nationalPilotPlatform", "boolean"))],
      }),
    ]),
    article(6, [
      clause({
        id: "industrialisation",
        forEach: ["p", "projects"],
        when: [
          and(cmp("=", p("construction", "enum"), str("new")), p("highTech", "boolean")),
          cmp(">=", p("fixedAssetInvestment"), money("20000000", "2000万元")),
        ],
        award: rate(pct("0.2"), p("fixedAssetInvestment")),
        caps: [money("50000000", "5000万元")],
      }),
    ]),
    article(7, [clause({ id: "nationalFunds", nonMonetary: "优先推荐申报国家资金" })]),
    article(10, [
      clause({
        id: "clinical",
        forEach: ["p", "clinicalTrials"],
        when: [p("approvedByNationalRegulator", "boolean")],
        award: lookup(p("phase", "integer"), [
          ["1", money("8000000")],
          ["2", ten],
          ["3", money("15000000")],
        ]),
        basis: "up-to",
      }),
      clause({
        id: "tcm",
        forEach: ["p", "tcmProducts"],
        award: tiers(p("salesRevenueIncrease"), [
          [money("50000000", "5000万元"), money("3000000")],
          [money("100000000", "1亿元"), money("5000000")],
          [money("300000000", "3亿元"), ten],
        ]),
      }),
    ]),
    article(
      12,
      [
        clause({
          id: "keyNewProduct",
          forEach: ["p", "keyNewProducts"],
          when: [
            p("provincialKeyNewProduct", "boolean"),
            cmp(">=", p("annualSalesRevenue"), money("2000000", "200万元")),
          ],
          award: rate(pct("0.05"), p("annualTransactionAmount")),
          caps: [money("500000", "50万元")],
        }),
      ],
      money("3000000", "300万元"),
    ),
  ],
});
