import { fixture } from "./helpers.js";

export const base = fixture("kinds/base.subsidia");
export const B = "kinds/base.subsidia";
const BUILD = base.slice(base.indexOf("  clause build "), base.indexOf("  clause tiered "));
const FLAT = base.slice(base.indexOf("  clause flat "), base.indexOf("  clause service "));

/** One edit of the base policy and the changes it must produce (`*` marks behavioural ones). */
export const cases: [string, [string, string][], string[]][] = [
  ["threshold lowered", [["when p.investment >= 100万元", "when p.investment >= 80万元"]], ["threshold *"]],
  [
    "condition added",
    [["    when p.investment >= 100万元\n", "    when p.investment >= 100万元\n    when p.certified\n"]],
    ["condition *"],
  ],
  ["condition removed", [['    when p.kind = "new"\n', ""]], ["condition *"]],
  ["enum membership narrowed", [['p.kind in ["renovation", "other"]', 'p.kind in ["renovation"]']], ["condition *"]],
  ["rate raised", [["award buildRate of p.investment", "award 25% of p.investment"]], ["rate *"]],
  ["fixed amount changed", [["    award flatAmount\n", "    award 150万元\n"]], ["amount *"]],
  ["tier amount raised", [["at least 5000万元: 100万元", "at least 5000万元: 150万元"]], ["tier *"]],
  ["tier bound lowered", [["at least 1000万元: 50万元", "at least 800万元: 50万元"]], ["tier *"]],
  [
    "tier added",
    [["      at least 5000万元: 100万元\n", "      at least 5000万元: 100万元\n      at least 1亿元: 200万元\n"]],
    ["tier *"],
  ],
  ["lookup case changed", [["      2: 200万元\n", "      2: 250万元\n"]], ["lookup-case *"]],
  ["lookup otherwise removed", [["      otherwise: 10万元\n", ""]], ["lookup-otherwise *"]],
  ["basis up-to becomes exact", [["award up to by p.phase", "award by p.phase"]], ["basis *"]],
  ["cap lowered", [["    cap 300万元\n", "    cap 250万元\n"]], ["cap *"]],
  [
    "cap added",
    [["      at least 5000万元: 100万元\n    }\n", "      at least 5000万元: 100万元\n    }\n    cap 80万元\n"]],
    ["cap *"],
  ],
  ["clause total cap lowered", [["cap total 80万元", "cap total 60万元"]], ["total-cap *"]],
  ["article total cap lowered", [["  cap total 500万元\n", "  cap total 400万元\n"]], ["article-total-cap *"]],
  ["uplift rate lowered", [["uplift 50% after cap", "uplift 30% after cap"]], ["uplift *"]],
  ["uplift moved before the cap", [["uplift 50% after cap", "uplift 50% before cap"]], ["uplift-order *"]],
  [
    "uplift condition changed",
    [["uplift 50% after cap when p.national", "uplift 50% after cap when p.certified"]],
    ["uplift *"],
  ],
  ["funding split changed", [["funded by province 1, city 1", "funded by province 2, city 1"]], ["funding *"]],
  [
    "stack key added",
    [["    uplift 50% after cap when p.national\n", '    uplift 50% after cap when p.national\n    stack "build"\n']],
    ["stack-key *"],
  ],
  [
    "clause added",
    [
      [
        '  clause info "服务" {',
        '  clause bonus "奖励" for each p in projects {\n    when p.national\n    award 5万元\n  }\n  clause info "服务" {',
      ],
    ],
    ["clause-added *"],
  ],
  [
    "clause removed",
    [
      [
        '  clause flat "定额" for each p in projects {\n    when p.kind in ["renovation", "other"]\n    award flatAmount\n  }\n',
        "",
      ],
    ],
    ["clause-removed *"],
  ],
  [
    "clause renamed, a tier changed",
    [
      ['clause tiered "分档奖励"', 'clause bands "分档奖励"'],
      ["at least 5000万元: 100万元", "at least 5000万元: 120万元"],
    ],
    ["clause-renamed", "tier *"],
  ],
  [
    "clause moved to another article",
    [
      [
        '  clause service "服务补助" for each p in projects {\n    when p.service is given\n    award 10% of p.service\n    cap 50万元\n    cap total 80万元\n  }\n',
        "",
      ],
      [
        '  clause tiered "分档奖励"',
        '  clause service "服务补助" for each p in projects {\n    when p.service is given\n    award 10% of p.service\n    cap 50万元\n    cap total 80万元\n  }\n  clause tiered "分档奖励"',
      ],
    ],
    ["clause-moved *"],
  ],
  [
    "clauses of an article with a total cap reordered",
    [
      [BUILD, ""],
      ["}\n\narticle 2 ", `${BUILD}}\n\narticle 2 `],
    ],
    ["clause-order *"],
  ],
  [
    "clauses of an article without a total cap reordered",
    [
      [FLAT, ""],
      ["  clause info ", `${FLAT}  clause info `],
    ],
    ["clause-order"],
  ],
  [
    "the same rules written otherwise",
    [
      ["award buildRate of p.investment", "award 20% of p.investment"],
      [
        '    when p.kind = "new"\n    when p.investment >= 100万元',
        '    when 1000000 <= p.investment and "new" = p.kind',
      ],
      ["param flatAmount", "param fixedAmount"],
      ["award flatAmount", "award fixedAmount"],
      ["for each p in projects {\n    when p.certified", "for each x in projects {\n    when x.certified"],
      ["award up to by p.phase", "award up to by x.phase"],
      ["cap 50万元", "cap 500000元"],
    ],
    ["condition-order", "for-each", "param-renamed"],
  ],
  [
    "in-force window extended",
    [["valid from 2026-01-01 to 2027-12-31", "valid from 2026-01-01 to 2028-06-30"]],
    ["validity *"],
  ],
  ["rounding to whole yuan, down", [["rounding 0.01 half up", "rounding 1 down"]], ["rounding *"]],
  ["stacking rule", [['stacking highest "从优、就高、不重复"', "stacking add"]], ["stacking *"]],
  [
    "pending parameter gets a value",
    [['param pendingRate: percent pending "由实施细则确定"', 'param pendingRate: percent = 5% "由实施细则确定"']],
    ["param-pending *"],
  ],
  ["parameter value by date changed", [["120万元 from 2027-01-01", "130万元 from 2027-01-01"]], ["param-value *"]],
  [
    "parameter value changed",
    [["param buildRate: percent = 20%", "param buildRate: percent = 25%"]],
    ["param-value *"],
  ],
  ["non-monetary reason reworded", [['nonmonetary "非货币措施"', 'nonmonetary "非货币的服务措施"']], ["non-monetary"]],
  [
    "title, text and units",
    [
      ['title "示例"', 'title "示例政策"'],
      ['text "按阶段给予支持。"', 'text "按阶段给予支持！"'],
      ['units "省科技厅"', 'units "省科技厅", "省财政厅"'],
      ['text "按投资额的20%给予补助"\n', 'text "按投资额的百分之二十给予补助"\n'],
    ],
    ["article-text", "article-units", "clause-text", "header"],
  ],
  [
    "input added",
    [
      [
        'input applicationDate: date "申请日期"',
        'input applicationDate: date "申请日期"\ninput region: optional string "地区"',
      ],
    ],
    ["input"],
  ],
  [
    "article added",
    [
      [
        'article 2 "阶段" {',
        'article 3 "宣传" {\n  text "加强宣传。"\n  clause publicity "宣传" {\n    nonmonetary "宣传措施"\n  }\n}\n\narticle 2 "阶段" {',
      ],
    ],
    ["article-added", "clause-added"],
  ],
];
