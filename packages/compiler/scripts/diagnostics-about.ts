import type { DiagnosticCode } from "@subsidia/syntax";
import { LIBRARY_ABOUT } from "./diagnostics-about-library.js";

/**
 * What each code means, for docs/diagnostics.md: a paragraph for drafters and a minimal policy that
 * triggers it (the generator compiles every example and shows what `subsidia check` prints for it). The three
 * limits (L005, P006, A012) have no example: only a very long file reaches them (tested in the syntax package).
 */
export const ABOUT: Record<DiagnosticCode, { about: string; example: string | null }> = {
  L001: {
    about:
      "A character that is not part of the language. Full-width punctuation typed by\nhabit (`，` `：` `（`) gets a suggestion of the ASCII character; Chinese text\noutside a string is asked to be put in quotes.",
    example: 'policy "l001" {\n  title "示例"，\n}\n',
  },
  L002: {
    about: 'A string that reaches the end of its line without its closing `"`.',
    example: 'policy "l002" {\n  title "示例\n}\n',
  },
  L003: {
    about:
      'A date that is not `yyyy-mm-dd`, a number such as `12abc` or `1.5.2`, or an\nunknown escape in a string (only `\\"`, `\\\\` and `\\n` exist).',
    example: 'policy "l003" {\n  title "示例"\n  issued 2026-2-13\n}\n',
  },
  L004: {
    about: "A `/*` comment without its `*/`.",
    example: 'policy "l004" {\n  title "示例"\n}\n/* 说明\n',
  },
  P006: {
    about:
      'A file lists at most 100 errors; this one follows them, at the first error not\nshown, and says how many more there are. When the parser has reported 100 errors\nit stops reading the file, and the count says "at least". There is no short\nexample; see [Reliability](reliability.md#policy-text).',
    example: null,
  },
  L005: {
    about:
      "A text of more than 1,048,576 characters (UTF-16 code units; the flagship has\nabout 30,000) is refused before it is read, with this one error at the first\ncharacter past the limit. There is no short example; see\n[Reliability](reliability.md#policy-text).",
    example: null,
  },
  P001: {
    about:
      "A token where no declaration can start (at the top level, only `policy`,\n`input`, `param`, `article` and `test` can).",
    example: 'policy "p001" {\n  title "示例"\n}\naward 1万元\n',
  },
  P002: {
    about:
      "A token the grammar requires is missing, or a block entry is misspelt (the\nmessage suggests the keyword it resembles).",
    example: 'policy "p002" {\n  title "示例"\n}\ninput amount money\n',
  },
  P003: {
    about: "The file ends inside a declaration, typically a block not closed with `}`.",
    example: 'policy "p003" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n',
  },
  P004: {
    about:
      "None of the forms allowed here starts with this token: an award without an\namount, an expression that stops short.",
    example: 'policy "p004" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award\n  }\n}\n',
  },
  P005: {
    about:
      "More than 64 nested brackets and prefix operators (`(`, `[`, `{`, `-`, `+`,\n`not`, counted together), or an expression more than 100 levels deep: a\nliteral or a name is one level, and each operator, call, bracket or prefix\naround it adds one, so `1元 + 1元 + …` with 101 terms is too deep. The file is\nrefused at the token where it goes too deep: every later pass (checks,\nevaluation, code generation) recurses into the expression. See\n[Reliability](reliability.md#policy-text).",
    example:
      'policy "p005" {\n  title "示例"\n}\nparam p: money = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1万元)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n',
  },
  N001: {
    about:
      "A name that is not an input, a parameter or the clause's item variable; also a\n`for each` over an unknown list and a `valid … on` an unknown date input.",
    example:
      'policy "n001" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    when amount >= 100万元\n    award 20% of amout\n  }\n}\n',
  },
  N002: {
    about: "A field a record or list item does not have.",
    example:
      'policy "n002" {\n  title "示例"\n}\ninput projects: list "项目" {\n  id: string\n  investment: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause c for each p in projects {\n    award 20% of p.investmnt\n  }\n}\n',
  },
  N003: {
    about:
      "An input, parameter, field, enum member, lookup case or payer declared twice,\nor an item variable that hides an input.",
    example: 'policy "n003" {\n  title "示例"\n}\ninput amount: money\ninput amount: money\n',
  },
  N004: {
    about: "Two clauses with one name: clause names are unique in a policy (they name the\nawards in results).",
    example:
      'policy "n004" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 1万元\n  }\n  clause c {\n    award 2万元\n  }\n}\n',
  },
  N005: {
    about: "Two articles with one number.",
    example:
      'policy "n005" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n}\narticle 1 "重复" {\n  text "示例"\n}\n',
  },
  N006: {
    about: "A string compared with an enum input that is not one of its members.",
    example:
      'policy "n006" {\n  title "示例"\n}\ninput projects: list "项目" {\n  id: string\n  construction: enum("new", "renovation")\n}\narticle 1 "示例" {\n  text "示例"\n  clause c for each p in projects {\n    when p.construction = "nwe"\n    award 1万元\n  }\n}\n',
  },
  N007: {
    about: "A call of a function other than `min` and `max`.",
    example:
      'policy "n007" {\n  title "示例"\n}\ninput a: money\ninput b: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award sum(a, b)\n  }\n}\n',
  },
  N008: {
    about: "A parameter type that is not `money`, `percent`, `number`, `integer`,\n`boolean`, `date` or `string`.",
    example: 'policy "n008" {\n  title "示例"\n}\nparam rate: percnt = 20%\n',
  },
  N009: {
    about: "A test expects an award of a clause the policy does not have.",
    example:
      'policy "n009" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause food {\n    award 200万元\n  }\n}\ntest "t" {\n  facts {}\n  expect award fodo = 200万元\n}\n',
  },
  T001: {
    about:
      "Arithmetic on values of units that do not combine: money + percent, money ×\nmoney, a date plus a number. Money × percent is money; to raise an amount by a\npercent, write an `uplift`.",
    example:
      'policy "t001" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 20% of amount + 5%\n  }\n}\n',
  },
  T002: {
    about:
      "A comparison of values of different units (money with a date), an ordering of\nstrings or enums, or a tier threshold of another unit than its base.",
    example:
      'policy "t002" {\n  title "示例"\n}\ninput amount: money\ninput start: date\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    when amount >= start\n    award 1万元\n  }\n}\n',
  },
  T003: {
    about: "A `when` (or an operand of `and`, `or`, `not`) that is not true or false.",
    example:
      'policy "t003" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    when amount\n    award 1万元\n  }\n}\n',
  },
  T004: {
    about:
      "An award, a tier's or a case's amount, or the base of a rate that is not\nmoney: a percent of a date, an award of a bare percent.",
    example:
      'policy "t004" {\n  title "示例"\n}\ninput start: date\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 30% of start\n  }\n}\n',
  },
  T005: {
    about: "The rate of `RATE of BASE`, or an uplift, that is not a percent.",
    example:
      'policy "t005" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award amount of amount\n  }\n}\n',
  },
  T006: {
    about: "A cap (per item or `cap total`) that is not money.",
    example:
      'policy "t006" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 20% of amount\n    cap 30%\n  }\n}\n',
  },
  T007: {
    about:
      "A parameter value of another type than declared, a value that reads a fact, an\narticle number that is not a whole number, a policy id with spaces, a payer's\nshare that is not positive.",
    example: 'policy "t007" {\n  title "示例"\n}\nparam rate: percent = 100万元\n',
  },
  T008: {
    about: "`for each` over an input that is not a list, or a list or record used where a\nvalue is expected.",
    example:
      'policy "t008" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c for each a in amount {\n    award 1万元\n  }\n}\n',
  },
  T009: {
    about: "A `.field` after a parameter or a scalar fact, or a whole list item where one\nof its fields is expected.",
    example:
      'policy "t009" {\n  title "示例"\n}\nparam limit: money = 100万元\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award limit.amount\n  }\n}\n',
  },
  T010: {
    about: "A date that does not exist in the calendar.",
    example: 'policy "t010" {\n  title "示例"\n  issued 2026-02-30\n}\n',
  },
  T011: {
    about: "`award by KEY { … }` with a key that is not an enum, an integer or a string.",
    example:
      'policy "t011" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award by amount {\n      1: 1万元\n    }\n  }\n}\n',
  },
  T012: {
    about: "A division by a literal zero: it could never be evaluated.",
    example:
      'policy "t012" {\n  title "示例"\n}\ninput amount: money\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award amount / 0\n  }\n}\n',
  },
  T013: {
    about:
      "The branches of an `if`, or the cases of a lookup used as a value, have\ndifferent units: every case of one value must give money, or every case a\npercent. A plain number next to money counts as money.",
    example:
      'policy "t013" {\n  title "示例"\n}\ninput c: record "企业" {\n  done: boolean\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award if c.done then 1万元 else 10%\n  }\n}\n',
  },
  T014: {
    about:
      "Date arithmetic that means nothing: a number added to a date (write `3 years`,\n`6 months` or `90 days`), a date subtracted from a date (write `days between a\nand b`), a duration on its own, a count of years that is not whole, or `years\nbetween` something that is not a date.",
    example:
      'policy "t014" {\n  title "示例"\n}\ninput c: record "企业" {\n  registered: date\n}\ninput applicationDate: date\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    when applicationDate - c.registered < 3\n    award 1万元\n  }\n}\n',
  },
  T015: {
    about:
      "`floor` and `ceil` round a number to a whole number and `year` reads the year of a\ndate; each takes one argument of that kind. To count whole steps of an amount,\nwrite `AMOUNT per STEP of X`.",
    example:
      'policy "t015" {\n  title "示例"\n}\ninput c: record "企业" {\n  revenue: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 500元 * floor(c.revenue)\n  }\n}\n',
  },
  T016: {
    about:
      "In `AMOUNT per STEP of X`, the step and what it counts must share a unit\n(money in steps of money), the step must be above 0, and the value after `new\nsince` (in steps or tiers) must be of the unit of what it is compared with.",
    example:
      'policy "t016" {\n  title "示例"\n}\ninput c: record "企业" {\n  exports: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 5万元 per 10% of c.exports\n  }\n}\n',
  },
  T017: {
    about:
      'A payment schedule `pay SHARE on DATE "milestone", …`: each share is a percent,\neach milestone a date (usually an `optional date` input), and written shares add\nup to 100%.',
    example:
      'policy "t017" {\n  title "示例"\n}\ninput p: record "项目" {\n  approved: optional date\n  accepted: optional date\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 100万元\n    pay 40% on p.approved "立项", 50% on p.accepted "验收"\n  }\n}\n',
  },
  T098: {
    about:
      "`AMOUNT at RATE` converts an amount in another currency to 元: the amount must be\nin another currency (an input `money in USD`, a literal `10万美元`) and the rate a\nnumber of 元 per unit. A currency is one of USD, EUR, HKD, JPY, and only money has one.",
    example:
      'policy "t098" {\n  title "示例"\n}\ninput p: record "项目" {\n  investment: money\n}\nparam usdRate: number = 7.1\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 2% of (p.investment at usdRate)\n  }\n}\n',
  },
  T099: {
    about:
      "Amounts of different currencies never meet (in a sum, a comparison, the branches of\none value, a step and what it counts), and an amount in another currency is never\nused as 元 (an award, a cap, a tier's amount, a `money` parameter) without a\nconversion `AMOUNT at RATE`.",
    example:
      'policy "t099" {\n  title "示例"\n}\ninput p: record "项目" {\n  investment: money in USD\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 2% of p.investment\n  }\n}\n',
  },
  S001: {
    about: 'A file without `policy "id" { … }` at the top.',
    example: "input amount: money\n",
  },
  S002: {
    about: "A header without `title`, or a validity window without the date input it is\nchecked on.",
    example: 'policy "s002" {\n  issuer "示例省人民政府办公厅"\n}\n',
  },
  S003: {
    about:
      "An entry that may be given once given twice: two `award` lines in a clause, two\n`title` lines in the header, two `cap total` in an article.",
    example:
      'policy "s003" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 1万元\n    award 2万元\n  }\n}\n',
  },
  S004: {
    about:
      'A clause that neither awards an amount nor says why it pays none: write\n`award …`, or `nonmonetary "why"` for a measure without a computable amount.',
    example:
      'policy "s004" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    text "按有关规定给予奖励"\n  }\n}\n',
  },
  S005: {
    about:
      "Entries that contradict each other: `award` and `nonmonetary` in one clause, or\nparameter dates that do not ascend.",
    example:
      'policy "s005" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 1万元\n    nonmonetary "非货币措施"\n  }\n}\n',
  },
  S006: {
    about: "A `valid from A to B` window where B is before A.",
    example:
      'policy "s006" {\n  title "示例"\n  valid from 2028-12-31 to 2026-02-13 on applicationDate\n}\ninput applicationDate: date\n',
  },
  S007: {
    about:
      "A `stacking` rule other than `highest` or `add`, a `rounding` mode other than\n`half up`, `half even`, `down` or `up`, or a rounding unit that is not positive.",
    example: 'policy "s007" {\n  title "示例"\n  stacking best\n}\n',
  },
  S008: {
    about:
      "A test's facts name an input, or a field of a record or list item, that the\npolicy does not declare. The runtime would ignore it, and the test would test\nsomething else than the drafter meant.",
    example:
      'policy "s008" {\n  title "示例"\n  valid from 2026-02-13 to 2028-12-31 on applicationDate\n}\ninput applicationDate: date\narticle 1 "示例" {\n  text "示例"\n  clause c {\n    award 1万元\n  }\n}\ntest "t" {\n  facts { aplicationDate: 2026-06-30 }\n  expect total = 1万元\n}\n',
  },
  S009: {
    about:
      "`once`, `less received` and `cap … over …` read the awards paid before, which\nthe policy declares as one input of type `awards`; a window of years is counted\nback from the policy's date, named by `valid … on DATE_INPUT`.",
    example:
      'policy "s009" {\n  title "示例"\n}\ninput parks: list "园区" {\n  id: string\n  stars: integer from 3 to 5\n}\narticle 1 "示例" {\n  text "示例"\n  clause a for each p in parks {\n    award by p.stars { 3: 20万元, 4: 40万元, 5: 60万元 }\n    less received\n  }\n}\n',
  },
  S010: {
    about:
      "`award of CLAUSE` refers to another clause's amount; clauses that refer to each\nother, directly or through others, have no amount to start from.",
    example:
      'policy "s010" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 10% of award of b\n  }\n  clause b {\n    award 10% of award of a\n  }\n}\n',
  },
  S011: {
    about:
      "A selection among applicants or an exclusion that cannot work: `select top 0`,\n`select first` by something that is not a date, a clause in two `exclusive`\ngroups, an `exclusive` group of fewer than two clauses, `one per` on a clause\nwithout `for each`, or `award up to` combined with a range.",
    example:
      'policy "s011" {\n  title "示例"\n}\ninput t: record "人才" {\n  score: number\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    select top 0 by t.score\n    award 5万元\n  }\n}\n',
  },
  S012: {
    about:
      'A clause\'s `rule "…"` names the implementing rule that fixes its amount\n(按《…管理办法》有关规定); an empty title cites nothing.',
    example:
      'policy "s012" {\n  title "示例"\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    rule ""\n    award 5万元\n  }\n}\n',
  },
  A001: {
    about:
      "An uplift next to a cap that can bind, without `before cap` or `after cap`: the\namount differs with the order. The default is after the cap.",
    example:
      'policy "a001" {\n  title "示例"\n}\ninput platforms: list "平台" {\n  id: string\n  investment: money\n  national: boolean\n}\narticle 4 "示例" {\n  text "按照总投资额的30%最高给予1000万元补助……补助资金上浮50%。"\n  clause c for each p in platforms {\n    award 30% of p.investment\n    cap 1000万元\n    uplift 50% when p.national\n  }\n}\n',
  },
  A002: {
    about: 'An article with no `text "…"`: every article should cite the sentences of the\ndocument it encodes.',
    example:
      'policy "a002" {\n  title "示例"\n}\narticle 1 "示例" {\n  clause c {\n    nonmonetary "非货币措施"\n  }\n}\n',
  },
  A003: {
    about: "An input that no clause reads.",
    example: 'policy "a003" {\n  title "示例"\n}\ninput region: string\n',
  },
  A004: {
    about: "A parameter that no clause reads.",
    example: 'policy "a004" {\n  title "示例"\n}\nparam bonus: money = 10万元\n',
  },
  A005: {
    about: "Tier thresholds must be written from the lowest to the highest.",
    example:
      'policy "a005" {\n  title "示例"\n}\ninput increase: money\narticle 10 "示例" {\n  text "示例"\n  clause tcm {\n    award tiers of increase {\n      at least 1亿元: 500万元\n      at least 5000万元: 300万元\n    }\n  }\n}\n',
  },
  A006: {
    about:
      'A higher tier that pays less than a lower one: with "highest tier reached", an\napplicant who grows would receive less.',
    example:
      'policy "a006" {\n  title "示例"\n}\ninput increase: money\narticle 10 "示例" {\n  text "示例"\n  clause tcm {\n    award tiers of increase {\n      at least 5000万元: 500万元\n      at least 1亿元: 300万元\n    }\n  }\n}\n',
  },
  A007: {
    about: "Two tiers with the same threshold: the first of them could never be reached.",
    example:
      'policy "a007" {\n  title "示例"\n}\ninput increase: money\narticle 10 "示例" {\n  text "示例"\n  clause tcm {\n    award tiers of increase {\n      at least 5000万元: 300万元\n      at least 5000万元: 500万元\n    }\n  }\n}\n',
  },
  A008: {
    about:
      "A tier the clause's conditions make unreachable: its threshold is above what a\n`when` allows, or a `when` means every eligible applicant reaches a higher tier.",
    example:
      'policy "a008" {\n  title "示例"\n}\ninput increase: money\narticle 10 "示例" {\n  text "示例"\n  clause tcm {\n    when increase < 1亿元\n    award tiers of increase {\n      at least 5000万元: 300万元\n      at least 3亿元: 1000万元\n    }\n  }\n}\n',
  },
  A009: {
    about:
      "A cap at or above every amount the award can reach (a fixed amount, the\nhighest tier or case, a rate times the largest base a `when` allows): it has\nno effect.",
    example:
      'policy "a009" {\n  title "示例"\n}\ninput foods: list "“三新食品”" {\n  id: string\n}\narticle 11 "示例" {\n  text "给予一次性200万元奖励。"\n  clause newFood for each f in foods {\n    award 200万元\n    cap 500万元\n  }\n}\n',
  },
  A010: {
    about:
      "A cap at or below every amount the award can be: every item gets exactly the\ncap, and the amount written before it never matters.",
    example:
      'policy "a010" {\n  title "示例"\n}\ninput foods: list "“三新食品”" {\n  id: string\n}\narticle 11 "示例" {\n  text "给予一次性200万元奖励。"\n  clause newFood for each f in foods {\n    award 300万元\n    cap 200万元\n  }\n}\n',
  },
  A011: {
    about:
      "For `RATE of BASE` with a cap, the knee is the base at which the award reaches\nthe cap (cap ÷ rate). A `when BASE >= threshold` at or above the knee means\nevery eligible item gets exactly the cap: the rate never matters. Reported at\nthe threshold, with the knee.",
    example:
      'policy "a011" {\n  title "示例"\n}\ninput contracts: list "合同" {\n  id: string\n  payment: money\n}\narticle 5 "示例" {\n  text "对实际支付额1000万元以上的合同，按照其实际支付额的20%给予资助，每项合同最高资助200万元。"\n  clause trade for each c in contracts {\n    when c.payment >= 1000万元\n    award 20% of c.payment\n    cap 200万元\n  }\n}\n',
  },
  A012: {
    about:
      "A file lists at most 100 warnings; this one follows them, at the first warning\nnot shown, and says how many more there are. Warnings never hide an error: the\nfirst 100 errors are listed whatever the number of warnings. There is no short\nexample; see [Reliability](reliability.md#policy-text).",
    example: null,
  },
  A013: {
    about:
      "A value that compiles but cannot be what the text means: an uplift of 0% or\nbelow (`uplift -70%`) lowers or keeps the award it is meant to raise.",
    example:
      'policy "a013" {\n  title "示例"\n}\ninput p: record "项目" {\n  investment: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 10% of p.investment\n    uplift -70% after cap\n  }\n}\n',
  },
  A014: {
    about:
      'A `stack "key"` in a policy whose stacking is `add`: awards of several policies\nonly compete under `stacking highest`, so the key changes nothing.',
    example:
      'policy "a014" {\n  title "示例"\n}\ninput p: record "项目" {\n  investment: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 10% of p.investment\n    stack "equipment"\n  }\n}\n',
  },
  A015: {
    about:
      "A range `award A to B` whose lower end, written as a literal, is above its upper\nend: no amount lies in it.",
    example:
      'policy "a015" {\n  title "示例"\n}\ninput p: record "项目" {\n  investment: money\n}\narticle 1 "示例" {\n  text "示例"\n  clause a {\n    award 30% to 10% of p.investment\n  }\n}\n',
  },
  ...LIBRARY_ABOUT,
};

/** The phases, in the order of the page, with what each checks. */
export const PHASES: { letter: string; name: string; about: string }[] = [
  { letter: "L", name: "lexing", about: "" },
  { letter: "P", name: "parsing", about: "" },
  { letter: "N", name: "names", about: "" },
  { letter: "T", name: "types and units", about: "" },
  { letter: "S", name: "structure", about: "" },
  { letter: "R", name: "the library", about: "" },
  { letter: "A", name: "static analysis", about: "" },
];
