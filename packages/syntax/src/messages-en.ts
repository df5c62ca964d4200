/**
 * The English text of every diagnostic: per message, a template with named parameters (`{name}`) and a `help`
 * that says what to write instead. A message id is its code and a name (`N003.payer`): one code may be
 * reported in several situations, each with its own words. Messages are lowercase, without a final period,
 * quote user input in backticks and say what was expected; help is a sentence a drafter can act on.
 */
export const MESSAGES_EN = {
  // ── R: the library (docs/library.md) ──
  "R001.target": {
    message: "`{id}` is not a policy of the library; expected one of {expected}{hint}",
    help: 'name the id of a policy (`policy "…"`) in the same library',
  },
  "R001.noPolicy": {
    message: "`{id}` is not a policy of the library; expected a policy, but the library has none",
    help: 'check the file with the folder that holds its policy (`policy "{id}"`): `subsidia check DIR`',
  },
  "R002.unknown": {
    message: "policy `{policy}` has no parameter `{name}`; expected one of its pending parameters {expected}{hint}",
    help: "fill a parameter the policy declares `pending`",
  },
  "R002.notPending": {
    message: "parameter `{name}` of `{policy}` has a value in the policy; a rule fills only pending parameters",
    help: "remove `{name}` from the rule, or amend the policy with an `amendment`",
  },
  "R002.stillPending": {
    message: "the rule leaves `{name}` pending; expected a value (`param {name}: {type} = …`)",
    help: "give the value the rule sets, with the rule's sentence as its text",
  },
  "R003.rule": {
    message: "an implementing rule only fills parameters; `{found}` is not allowed here",
    help: "move inputs, articles and tests to the policy; a rule holds `param` lines",
  },
  "R003.amendment": {
    message: "an amendment changes articles' clauses and parameters; `{found}` is not allowed here",
    help: "declare inputs and tests in the policy; an amendment holds `article` and `param` lines",
  },
  "R003.vocabulary": {
    message: "a vocabulary declares inputs only; `{found}` is not allowed here",
    help: "keep only `input` lines in a vocabulary",
  },
  "R003.header": {
    message: "`{keyword}` belongs to a policy's header; its rules and amendments follow the policy's own",
    help: "remove `{keyword}`: the policy's own setting applies",
  },
  "R004.type": {
    message: "`{name}` is {declared} in `{policy}`; the rule declares it {type}",
    help: "declare `{name}` with the policy's type",
  },
  "R004.amendment": {
    message: "`{name}` is {declared} in `{policy}`; the amendment declares it {type}",
    help: "declare `{name}` with the policy's type",
  },
  "R005.article": {
    message: "policy `{policy}` has no article {number}; expected one of {expected}",
    help: "amend an article the policy has, by its number",
  },
  "R005.clause": {
    message: "article {number} of `{policy}` has no clause `{name}`; expected one of {expected}{hint}",
    help: "an amendment replaces a clause of the same name; a new clause goes into a `new article`",
  },
  "R006.clause": {
    message:
      "amendments `{first}` and `{second}` both change `{name}` of `{policy}` from {from} to {to}; expected at most one version in force on any date",
    help: "end the first amendment's window the day before the second's starts",
  },
  "R007.window": {
    message:
      "`{id}` is in force from {from} to {to}, partly outside the validity of `{policy}` ({policyFrom} to {policyTo}); it never applies there",
    help: "give it a window inside the policy's, or check the dates",
  },
  "R008.overlap": {
    message:
      "rules `{first}` and `{second}` both fill `{name}` from {from} to {to}; there `{second}`, the later, applies",
    help: "end the earlier rule's window when the later one starts, to say so in the text",
  },
  "R009.gap": {
    message: "`{name}` of `{policy}` has no rule in force from {from} to {to}; applicants of those dates stay pending",
    help: "check the rules' windows cover the policy's validity, if they should",
  },
  "R010.conflict": {
    message: "input `{name}` conflicts with vocabulary `{vocabulary}`: declared there as `{there}`, here as `{here}`",
    help: "remove the declaration and use the vocabulary's, or rename the input",
  },
  "R011.vocabulary": {
    message: "unknown vocabulary `{id}`; expected one of {expected}{hint}",
    help: 'name a vocabulary (`vocabulary "…"`) of the same library, and check it with the library',
  },
  "R011.noneRead": {
    message: "unknown vocabulary `{id}`; expected a vocabulary of the library, but no vocabulary was read",
    help: 'put the file with `vocabulary "{id}"` beside the policy and check the folder: `subsidia check DIR`',
  },
  "R012.id": {
    message: "`{id}` is declared twice in the library, also in `{file}`; expected each id once",
    help: "give one of the documents another id",
  },
  "R013.rule": {
    message: "`{id}` is an implementing rule of `{target}`; it is compiled with its library, not alone",
    help: "check the folder: `subsidia check DIR`, or evaluate with `subsidia eval POLICY --with FILE`",
  },
  "R013.amendment": {
    message: "`{id}` is an amendment of `{target}`; it is compiled with its library, not alone",
    help: "check the folder: `subsidia check DIR`, or evaluate with `subsidia eval POLICY --with FILE`",
  },
  "R013.vocabulary": {
    message: "`{id}` is a vocabulary; it is compiled with its library, not alone",
    help: "check the folder: `subsidia check DIR`",
  },
  "R014.validity": {
    message: "`{id}` has no window; expected `valid from … to …`",
    help: "write the dates between which it applies, as in its text",
  },
  "R093.remove": {
    message: "`remove` takes an article or clause out of a policy from an amendment's date; a policy leaves it out",
    help: "delete the article or clause from the policy, or move `remove` into an `amendment` that applies from a date",
  },
  "R093.input": {
    message: "`new input {name}` adds an input in an amendment; a policy writes `input {name}`",
    help: "remove `new`, or move the input into an `amendment` that adds it from a date",
  },
  "R093.param": {
    message: "`new param {name}` adds a parameter in an amendment; a policy writes `param {name}`",
    help: "remove `new`, or move the parameter into an `amendment` that adds it from a date",
  },
  "R094.input": {
    message: "`{policy}` already declares input `{name}`; `new input` expects a name the policy does not use",
    help: "an amended clause reads the policy's inputs without declaring them; to add an input pick another name",
  },
  "R094.param": {
    message: "`{policy}` already declares parameter `{name}`; `new param` expects a name the policy does not use",
    help: "to give it a new value write `param {name}: … = …` without `new`; to add a parameter pick another name",
  },
  "R095.clause": {
    message: "clause `{name}` of article {number} cannot be removed: clause `{by}` of article {at} still reads it",
    help: "amend or remove clause `{by}` in the same amendment so that it no longer reads `award of {name}`",
  },
  "R095.amended": {
    message: "the amendment both removes and changes {what}; expected one or the other",
    help: "keep `remove` to take it out from the amendment's date, or the new version to change it",
  },
  "R096.article": {
    message: "policy `{policy}` has no article {number} to remove; expected one of {expected}",
    help: "name an article of the policy, by its number",
  },
  "R096.clause": {
    message: "article {number} of `{policy}` has no clause `{name}` to remove; expected one of {expected}{hint}",
    help: "name a clause of that article, by its id (`clause NAME` in the policy)",
  },
  "R097.policy": {
    message: "`new article {number}` adds an article in an amendment; a policy writes `article {number}`",
    help: "remove `new`, or move the article into an `amendment` that adds it from a date",
  },
  "R098.article": {
    message:
      "`{policy}` already has article {number}; `new article` expects a number the policy does not use (taken: {taken})",
    help: "to change its clauses write `article {number}` without `new`; to add an article pick a free number",
  },
  "R099.param": {
    message: "policy `{policy}` has no parameter `{name}`; expected one of {expected}{hint}",
    help: "an amendment gives new values to the policy's parameters; a new parameter goes into a new version of the policy",
  },
  "R099.pending": {
    message: "the amendment leaves `{name}` pending; expected a value (`param {name}: {type} = …`)",
    help: "give the value the amendment sets, with its sentence as the text",
  },
  "L001.fullwidth": {
    message: "unexpected character `{chars}`; did you mean `{ascii}`",
    help: "type the half-width `{ascii}`: full-width punctuation is not part of the language",
  },
  "L001.text": {
    message: 'unexpected {what} `{chars}`; expected text to be inside a string literal `"…"`',
    help: 'put the words in double quotes, as in `text "第一条……"`',
  },
  "L001.other": {
    message: "unexpected {what} `{chars}`",
    help: "remove the character, or put it inside a string literal",
  },
  "L002.string": {
    message: 'unterminated string `{image}`; expected a closing `"` before the end of the line',
    help: 'close the string with `"` on the same line; write `\\n` for a line break inside it',
  },
  "L003.date": {
    message: "malformed date `{image}`; expected `yyyy-mm-dd`",
    help: "write the date with four digits for the year and two for month and day, as in `2026-02-13`",
  },
  "L003.number": {
    message: "malformed number `{image}`; expected digits with at most one `.`",
    help: "write a number such as `12` or `1.5`; separate a number from a name with a space",
  },
  "L003.escape": {
    message: 'unknown escape `{sequence}` in string; expected `\\"`, `\\\\` or `\\n`',
    help: 'write `\\"` for a quote, `\\\\` for a backslash and `\\n` for a line break',
  },
  "L005.size": {
    message: "the file is too large: {length} characters; expected at most {max}",
    help: "split the policy into several files",
  },
  "L004.comment": {
    message: "unterminated comment; expected `*/` before the end of the file",
    help: "close the comment with `*/`",
  },
  "P001.unexpected": {
    message: "unexpected {actual}; expected {expected}{hint}",
    help: "remove the token or move it into a declaration; each top-level item starts with a keyword",
  },
  "P001.bare": { message: "unexpected {actual}{hint}", help: "remove the token or move it into a declaration" },
  "P002.unexpected": {
    message: "unexpected {actual}; expected {expected}{hint}",
    help: "write what is expected here; a block entry starts with one of the keywords listed",
  },
  "P002.bare": { message: "unexpected {actual}{hint}", help: "write what the grammar expects here" },
  "P002.between": {
    message:
      "unexpected `between`: it counts the time between two dates; expected a unit before it, as in `years between a and b`",
    help: "for a range of values write `x >= A and x <= B`; for a time write `years between a and b` (or `months`, `days`)",
  },
  "P002.ifEntry": {
    message:
      "unexpected `if` at the start of an entry; `if … then … else …` is a value, expected where an amount or a condition goes",
    help: "write `award if COND then A else B` (also in `cap`, a rate or a tier), or put a condition on a `when` line",
  },
  "P002.caseAmount": {
    message: "the case {key} has no amount; expected `:` and the amount after its key",
    help: "write each case as `KEY: AMOUNT`, and several keys of one amount as `2, 3: 1500万元`",
  },
  "P003.unexpected": {
    message: "unexpected {actual}; expected {expected}{hint}",
    help: "finish the declaration; every `{` needs its `}`",
  },
  "P003.bare": { message: "unexpected {actual}{hint}", help: "finish the declaration; every `{` needs its `}`" },
  "P004.unexpected": {
    message: "unexpected {actual}; expected {expected}{hint}",
    help: "complete the expression or entry with one of the forms listed",
  },
  "P004.bare": { message: "unexpected {actual}{hint}", help: "complete the expression or entry" },
  "P004.caseKey": {
    message:
      "unexpected {actual}: the key of a case is a literal; expected a string such as {quoted}, a number or `otherwise`",
    help: 'write the value in quotes, as in `by firm.kind { "a", "b": 1万元, otherwise: 0元 }`',
  },
  "P005.file": {
    message: "the file nests too deeply to be read; expected fewer nested expressions",
    help: "split the expression into parameters or clauses",
  },
  "P005.depth": {
    message: "{at}the expression nests more than {max} levels deep; expected at most {max}",
    help: "split the expression into parameters or clauses",
  },
  "P005.brackets": {
    message: "unexpected `{image}`: more than {max} nested {what}; expected at most {max}",
    help: "split the expression into parameters or clauses",
  },
  "N001.name": {
    message: "unknown name `{name}`; expected {expected}{hint}",
    help: "declare it with `input` or `param`, or correct the spelling",
  },
  "N001.list": {
    message: "unknown list `{name}`; expected a list input{hint}",
    help: "declare the list with `input {name} list { … }`, or correct the spelling",
  },
  "N001.dateInput": {
    message: "`{name}` is not a date input; expected one of {expected}{hint}",
    help: "declare a date input such as `input applicationDate date`, and name it after `on`",
  },
  "N002.field": {
    message: "unknown field `{name}`; expected one of {expected}{hint}",
    help: "use one of the fields declared in the record, or declare this one",
  },
  "N003.itemHides": {
    message: "item variable `{name}` hides an input or parameter of the same name; choose another name",
    help: "rename the variable after `for each`, as in `for each p in projects`",
  },
  "N003.payer": { message: "payer `{name}` is listed twice", help: "list each payer once, with its share" },
  "N003.declaredClash": {
    message: "`{name}` is declared twice; an input or parameter of that name exists",
    help: "give the input or parameter another name",
  },
  "N003.enumMember": {
    message: "enum member `{name}` is listed twice",
    help: "remove the second `{name}` from the list",
  },
  "N003.declared": { message: "`{name}` is declared twice", help: "remove one declaration, or rename it" },
  "N003.case": {
    message: "the key `{name}` of `by {key}` is listed twice; a key selects one case",
    help: 'remove `{name}` from one of its cases; keys that share an amount go in one case: `"a", "b": 500万元`',
  },
  "N004.clause": {
    message: "clause `{name}` is declared twice; clause names must be unique in a policy",
    help: "rename one of the clauses, for example after its article: `a4_platform`",
  },
  "N005.article": {
    message: "article {number} is declared twice; expected each article number once",
    help: "number the articles as in the document, each once",
  },
  "N006.member": {
    message: "`{value}` is not a member of `{enumName}`; expected {expected}{hint}",
    help: "compare with one of the members declared in the enum",
  },
  "N007.function": {
    message: "unknown function `{name}`; expected `min`, `max`, `floor`, `ceil` or `year`{hint}",
    help: "use `min(a, b)`, `max(a, b)`, `floor(x)`, `ceil(x)` or `year(date)`",
  },
  "N008.type": {
    message: "unknown type `{name}`; expected {expected}{hint}",
    help: "declare the input with one of the types listed",
  },
  "N008.paramType": {
    message: "unknown parameter type `{name}`; expected {expected}{hint}",
    help: "declare the parameter with one of the types listed",
  },
  "N009.clause": {
    message: "unknown clause `{name}`; expected the name of a clause of this policy{hint}",
    help: "write the name given after `clause` in an article",
  },
  "T001.arith": {
    message: "cannot apply `{op}` to {leftType} `{left}` and {rightType} `{right}`; expected {expected}{hint}",
    help: "combine values of units that fit the operator",
  },
  "T001.unary": {
    message: "`{op}` needs a number, money or percent; `{src}` is {type}",
    help: "apply the sign to an amount, a number or a percent",
  },
  "T001.isGiven": {
    message: "`is given` applies to a fact such as `p.totalInvestment`, not to `{src}`",
    help: "ask whether an optional input was given: `when p.totalInvestment is given`",
  },
  "T001.minMaxArg": {
    message: "`{fn}` takes amounts, numbers, percents or dates; `{src}` is {type}",
    help: "pass amounts, numbers, percents or dates",
  },
  "T002.ordered": {
    message: "`{op}` compares amounts, numbers, percents or dates; `{src}` is {type}",
    help: "compare with `=` or `!=`, or compare an amount, number, percent or date",
  },
  "T002.compare": {
    message: "cannot compare {leftType} `{left}` with {rightType} `{right}`; expected two values of one unit",
    help: "compare money with money, a percent with a percent, a date with a date",
  },
  "T002.enumWith": {
    message: "`{enumName}` is one of {members}; compare it with one of those strings",
    help: 'write the member in quotes, as in `p.kind = "platform"`',
  },
  "T002.minMaxUnits": {
    message: "`{fn}` needs arguments of one unit; expected {expected}, `{src}` is {type}",
    help: "give every argument the same unit",
  },
  "T002.memberType": {
    message: "`{src}` is {type} but `{enumName}` is {enumType}",
    help: "compare with values of the same unit",
  },
  "T002.tierThreshold": {
    message: "a tier threshold must be {expected} like `{base}`; `{src}` is {type}",
    help: "write thresholds in the unit of the amount the tiers read",
  },
  "T003.condition": {
    message: "expected a condition (true or false); `{src}` is {type}",
    help: "compare the value, as in `p.totalInvestment >= 1000万元`",
  },
  "T004.money": {
    message: "{what} must be money; `{src}` is {type}{hint}",
    help: "write an amount such as `50万元`, or `RATE of BASE`",
  },
  "T005.percent": {
    message: "{what} must be a percent such as `30%`; `{src}` is {type}",
    help: "write a percent such as `30%`",
  },
  "T006.money": {
    message: "{what} must be money; `{src}` is {type}{hint}",
    help: "write it as an amount such as `1000万元`",
  },
  "T007.expectedAmount": {
    message: "an expected amount must be written as money such as `1500万元` or `0`; got `{src}`",
    help: "write the expected award as money: `expect a4 = 1500万元`",
  },
  "T007.share": {
    message: "a payer's share must be a positive number; got `{src}`",
    help: "write shares as positive numbers, as in `funded by province 1, city 1`",
  },
  "T007.rangeType": {
    message: "a range `from … to …` applies to `integer` and `number` inputs; `{name}` has none",
    help: "remove the range, or declare the input `integer` or `number`",
  },
  "T007.years": {
    message: "`over {src} years` counts whole years; expected a whole number of at least 1",
    help: "write `over 3 years`, or `over lifetime` for every year",
  },
  "T007.integerRange": {
    message: "an integer range needs whole numbers; got `{src}`",
    help: "write whole numbers, as in `integer from 1 to 3`",
  },
  "T007.rangeOrder": {
    message: "the range ends (`{max}`) below where it starts (`{min}`); expected `to` at least `from`",
    help: "swap the bounds so that `from` is the smaller",
  },
  "T007.reservedName": {
    message: "`{name}` cannot name a fact: JavaScript objects already use it; choose another name",
    help: "choose a name such as `{name}Value`",
  },
  "T007.paramConstant": {
    message: "a parameter's value must be a constant; `{src}` reads a fact",
    help: "give the parameter a literal value; read facts in the clauses",
  },
  "T007.paramType": {
    message: "`{src}` is {type}; parameter `{name}` is declared {declared}",
    help: "write a value of the declared type, or change the declaration",
  },
  "T007.dateInput": {
    message: "`{name}` is not a date input; expected one of {expected}{hint}",
    help: "name a date input after `on`",
  },
  "T007.policyId": {
    message: "policy id `{id}` must be letters, digits, `.`, `_` or `-`, starting with a letter or digit",
    help: 'write an id such as `"heilongjiang-bio-2026"`',
  },
  "T007.articleNumber": {
    message: "an article number must be a whole number from 1 to {max} (as in the document: （四） is 4); got `{src}`",
    help: "write the article's number in digits: （四） is `article 4`",
  },
  "T008.notList": {
    message: "`{name}` is not a list; `for each` needs a list input such as {lists}",
    help: "loop over an input declared as `list { … }`",
  },
  "T008.wholeList": {
    message: "`{src}` is a {kind}; expected one of its fields",
    help: "read one field of each item inside a `for each` clause",
  },
  "T009.paramFields": {
    message: "parameter `{name}` has no fields",
    help: "read the parameter by its name alone",
  },
  "T009.noField": {
    message: "`{path}` is {kind}, it has no field `{name}`",
    help: "read fields only from records and items",
  },
  "T009.wholeItem": {
    message: "`{src}` is a whole item; expected one of its fields such as `{example}`",
    help: "read one field of the item, as in `{example}`",
  },
  "T010.date": {
    message: "`{value}` is not a real date; expected YYYY-MM-DD",
    help: "write a date that exists in the calendar",
  },
  "T011.lookupKey": {
    message: "a lookup key must be an enum, an integer or a string; `{src}` is {type}",
    help: "look up by an enum input, an integer or a string",
  },
  "T012.zero": {
    message: "division by zero: `{src}` is zero; expected a divisor other than zero",
    help: "divide by a value other than zero",
  },
  "S001.header": {
    message: 'missing policy header; expected `policy "id" { title "…" … }` at the top of the file',
    help: 'start the file with `policy "id" { title "…" }`',
  },
  "S002.title": {
    message: 'the policy header has no `title`; expected `title "…"`',
    help: 'add `title "…"` with the document\'s title',
  },
  "S002.validOn": {
    message: "`valid` needs the date it is checked on; expected `on` and a date input such as {expected}",
    help: "write `valid from … to … on applicationDate` and declare `input applicationDate date`",
  },
  "S003.clause": {
    message: "{what} is given twice in clause `{name}`; expected one",
    help: "keep one of the two entries",
  },
  "S003.header": {
    message: "`{keyword}` is given twice in the header; expected it once",
    help: "keep one of the two entries",
  },
  "S003.article": {
    message: "`cap total` is given twice in article {number}; expected one",
    help: "keep one of the two entries",
  },
  "S004.noAward": {
    message:
      'clause `{name}` has no `award`; expected an `award …` line, or `nonmonetary "why"` for a measure that pays no computable amount',
    help: 'add `award …`, or `nonmonetary "…"` for a measure that pays no amount',
  },
  "S005.awardAndNonmonetary": {
    message: "clause `{name}` has both `award` and `nonmonetary`; expected one of them",
    help: "remove one of the two",
  },
  "S005.paramDates": {
    message: "dates of parameter `{name}` must ascend; `{date}` is not after `{previous}`",
    help: "list the values of the parameter in date order",
  },
  "S006.validity": {
    message: "the policy ends (`{to}`) before it starts (`{from}`); expected `to` on or after `from`",
    help: "swap the dates, or correct the year",
  },
  "S007.stacking": {
    message: "unknown stacking rule `{rule}`; expected {expected}{hint}",
    help: "write one of the stacking rules listed",
  },
  "S007.roundingMode": {
    message: "unknown rounding mode `{mode}`; expected {expected}{hint}",
    help: "write one of the rounding modes listed",
  },
  "S007.roundingUnit": {
    message: "rounding unit must be a positive amount such as `0.01`; got `{src}`",
    help: "round to a positive amount such as `0.01` or `100`",
  },
  "S008.fact": {
    message: "unknown fact `{name}` in the test's facts; expected {what}{names}{hint}",
    help: "use the names of the declared inputs and fields",
  },
  "A001.upliftOrder": {
    message:
      "uplift in clause `{clause}` does not say whether it applies before or after the cap; it applies after; write `before cap` or `after cap`",
    help: "add `before cap` or `after cap` to the uplift",
  },
  "A002.noText": {
    message:
      'article {number} cites no text of the document; expected a `text "…"` line with the sentence(s) it encodes',
    help: 'quote the sentence of the document: `text "……"`',
  },
  "A003.input": {
    message: "input `{name}` is declared but no clause reads it",
    help: "remove the input, or read it in a clause",
  },
  "A004.param": {
    message: "parameter `{name}` is declared but no clause reads it",
    help: "remove the parameter, or use it in a clause",
  },
  "A005.order": {
    message: "tier thresholds must ascend; `{threshold}` is not above `{previous}`",
    help: "list tiers from the lowest threshold to the highest",
  },
  "A006.pays": {
    message:
      "tier `at least {threshold}` pays `{amount}`, less than the lower tier's `{lower}`; expected higher tiers to pay at least as much",
    help: "check the amounts against the document; a higher tier usually pays more",
  },
  "A007.repeat": {
    message:
      "tier `at least {threshold}` repeats the threshold of the tier before it, which can then never be reached; expected each threshold once",
    help: "remove one of the two tiers, or correct its threshold",
  },
  "A008.below": {
    message:
      "tier `at least {threshold}` is never reached: `when {condition}` keeps `{base}` below it; expected a threshold the conditions allow, or no such tier",
    help: "lower the threshold, or relax the condition",
  },
  "A008.above": {
    message:
      "tier `at least {threshold}` is never the highest reached: `when {condition}` means every eligible `{base}` reaches `at least {higher}`; expected a threshold the conditions allow, or no such tier",
    help: "remove the tier, or relax the condition",
  },
  "A009.never": {
    message:
      "cap `{cap}` never binds: the amount before it is at most `{most}`; expected a cap below `{most}`, or no cap",
    help: "lower the cap, or remove it",
  },
  "A010.always": {
    message:
      "cap `{cap}` always binds: the amount before it is at least `{least}`, so every item gets exactly `{cap}`; expected a cap above `{least}`, or the amount `{cap}` itself",
    help: "award the amount itself, or raise the cap",
  },
  "P006.errors": {
    message: "too many errors: {count} more not shown; expected at most {max} errors in a file",
    help: "correct the errors shown, then check again",
  },
  "A012.warnings": {
    message: "too many warnings: {count} more not shown; expected at most {max} warnings in a file",
    help: "correct the warnings shown, then check again",
  },
  "A011.knee": {
    message:
      "`{condition}` is at or above the knee of the cap `{cap}`: the award reaches the cap when `{base}` is `{knee}`, so every eligible item gets exactly `{cap}`; expected a threshold below `{knee}`, or a higher cap",
    help: "lower the threshold, or raise the cap",
  },
  // language wave 2
  "T002.ratioPercent": {
    message: "cannot compare number `{left}` with percent `{right}`: a ratio of two amounts is a number",
    help: "multiply the other amount by the percent instead: `{suggestion}`",
  },
  "T013.ifBranches": {
    message:
      "the branches of `if` must be of one unit: `then` is {thenType} `{thenSrc}`, `else` is {elseType} `{elseSrc}`",
    help: "give both branches the same unit, for example two amounts or two percents",
  },
  "T013.lookupCases": {
    message: "the cases of `by {key}` must be of one unit; expected {expected}, `{src}` is {type}",
    help: "give every case and `otherwise` the same unit",
  },
  "T011.lookupTotal": {
    message: "`by {key}` has no case for {missing}; expected a case for every value, or `otherwise:`",
    help: "a lookup used as a value must always give one: add the missing cases or `otherwise: …`",
  },
  "T011.lookupOpen": {
    message: "`by {key}` reads {type}, whose values cannot all be listed; expected an `otherwise:` case",
    help: "add `otherwise: …` after the cases",
  },
  "T014.duration": {
    message: "`{src}` is a duration; expected it after `+` or `-` on a date, as in `p.registered + {src}`",
    help: "add a duration to a date, or count time with `years between a and b`",
  },
  "T014.shiftNotDate": {
    message: "`{op} {duration}` needs a date on its left; `{src}` is {type}",
    help: "shift a date: `p.registered + 3 years`",
  },
  "T014.dateNumber": {
    message: "cannot add {type} `{src}` to a date; expected a duration such as `3 years`, `6 months` or `90 days`",
    help: "write the unit after the number: `{src} years`, `{src} months` or `{src} days`",
  },
  "T014.dateMinus": {
    message: "cannot subtract date `{right}` from date `{left}`; expected a duration after `-`",
    help: "to count the time between two dates write `days between {right} and {left}` (or `years`, `months`)",
  },
  "T014.count": {
    message: "the count of `{unit}` must be a whole number; `{src}` is {type}",
    help: "write an integer before the unit, as in `3 {unit}`",
  },
  "T014.between": {
    message: "`{unit} between` counts the time between two dates; `{src}` is {type}",
    help: "write two dates: `years between p.registered and applicationDate`",
  },
  "T015.floorCeil": {
    message: "`{fn}` takes a number; `{src}` is {type}",
    help: "to count whole steps of an amount write `AMOUNT per 100万元 of x`",
  },
  "T015.year": {
    message: "`year` takes a date; `{src}` is {type}",
    help: "pass a date, as in `year(applicationDate)`",
  },
  "T015.arity": {
    message: "`{fn}` takes one argument; expected `{fn}(x)`",
    help: "pass exactly one value",
  },
  "T016.steps": {
    message: "the step `{step}` is {stepType} but `{of}` is {ofType}; expected a step of the unit it counts",
    help: "count money in steps of money and numbers in steps of numbers: `5万元 per 10万元 of x`",
  },
  "T016.since": {
    message: "`new since {src}` is {type} but `{base}` is {baseType}; expected the previous value of the same unit",
    help: "compare with the previous best value of the same quantity",
  },
  "T016.zeroStep": {
    message: "the step `{src}` is not above 0; expected a positive step",
    help: "write the size of one step, as in `per 100万元 of x`",
  },
  "T098.notForeign": {
    message: "`{src}` is already in 元; `at` converts an amount in another currency",
    help: "remove `at {rate}`, or declare the input in its currency: `investment: money in USD`",
  },
  "T098.rate": {
    message: "the rate `{rate}` of `{src}` is {type}; expected a number of 元 per {unit}",
    help: "declare the exchange rate as a number, a parameter (`param usdRate: number = 7.1 from 2026-01-01`) or a fact",
  },
  "T098.notMoney": {
    message: "`{type} in {name}`: only money has a currency; expected `money in {name}`",
    help: "declare an amount in another currency as `money in {name}`; a count or a rate has no currency",
  },
  "T098.currency": {
    message: "unknown currency `{name}`; expected one of {expected}",
    help: "write the ISO code of the currency: `money in USD`; an amount in 元 is plain `money`",
  },
  "T099.mix": {
    message: "`{left}` is in {leftUnit} and `{right}` is in {rightUnit}; expected amounts in one currency",
    help: "convert the amount in another currency to 元 first, with an exchange rate: `{foreign} at usdRate`",
  },
  "T099.fact": {
    message: "`{src}` is in {valueUnit} but `{name}` is declared in {unit}; expected an amount in {unit}",
    help: "write the amount in the currency the input declares, as in `250万{unit}`",
  },
  "T099.asYuan": {
    message: "`{src}` is in {unit}, but {what} is in 元; expected a conversion such as `{src} at RATE`",
    help: "convert at an exchange rate in 元 per {unit} (a dated parameter or a fact): `{src} at usdRate`",
  },
  "T017.share": {
    message: "the share `{src}` of an instalment is {type}; expected a percent",
    help: "write each instalment's share of the award as a percent: `pay 40% on …`",
  },
  "T017.on": {
    message: "`on` takes a date; `{src}` is {type}",
    help: "declare the milestone as an `optional date` and name it after `on`",
  },
  "T017.total": {
    message: "the shares of `pay` add up to {sum}; expected 100%",
    help: "make the instalments' shares add up to 100% of the award",
  },
  "N009.awardOf": {
    message: "`award of {name}`: unknown clause `{name}`; expected the name of a clause of this policy{hint}",
    help: "write the name given after `clause`",
  },
  "N009.exclusive": {
    message: "`exclusive`: unknown clause `{name}`; expected a clause of this article{hint}",
    help: "list clauses of the same article, by the names given after `clause`",
  },
  "S009.awards": {
    message: "`{what}` needs the awards paid before; expected an input of type `awards`",
    help: 'declare `input awarded: awards "此前已拨付的奖补"`',
  },
  "S009.date": {
    message: "`over {years} years` is counted back from the policy's date; expected `on DATE_INPUT` after `valid`",
    help: "name the application date input in the header: `valid from … to … on applicationDate`",
  },
  "S009.twoAwards": {
    message: "a second input of type `awards`, `{name}`; expected at most one per policy",
    help: "keep one list of the awards paid before",
  },
  "S010.cycle": {
    message: "`award of {name}` refers back to clause `{name}` through {path}; expected no cycle",
    help: "a clause cannot depend on its own amount: compute one of them from the facts",
  },
  "S011.count": {
    message: "`select {mode} {src}`: expected a whole number above 0",
    help: "write how many are selected, as in `select top 5 by …`",
  },
  "S011.topOrder": {
    message: "`select top` ranks by a value with an order; `{src}` is {type}, expected a score, an amount or a date",
    help: "rank by a number, an amount or a date, as in `select top 50 by t.score descending`",
  },
  "S011.firstDate": {
    message: "`select first` ranks by a date; `{src}` is {type}",
    help: "use `select top N by …` to rank by a score or an amount",
  },
  "S011.groups": {
    message: "`{name}` is in two `exclusive` groups; expected each clause in one group at most",
    help: "merge the two groups, or remove the clause from one",
  },
  "S011.members": {
    message: "`exclusive` needs two different clauses; expected at least two names",
    help: "list the clauses of which only the highest award is kept",
  },
  "S011.onePerList": {
    message: "`one per` compares the items of clause `{name}`, which has no `for each`",
    help: "add `for each ITEM in LIST` to the clause",
  },
  "S011.rangeUpTo": {
    message: "`award up to` and a range `A to B` cannot be combined; expected one of them",
    help: "write `award A to B` for a range, or `award up to B` for a ceiling",
  },
  "S012.rule": {
    message: '`rule ""` cites no rule; expected the title of the rule that fixes the amount',
    help: 'write the rule\'s title, as in `rule "《…管理办法》"`, or remove the line',
  },
  "A015.range": {
    message: "the range `{low}` to `{high}` is empty; expected the lower end first",
    help: "swap the two ends: `award {high} to {low}` reads as a range only when the first end is lower",
  },
  "A013.uplift": {
    message: "uplift `{src}` is not above 0%; expected an increase such as `50%`",
    help: "an uplift raises an award: write a positive percent, or reduce the award with `*`",
  },
  "A014.stackAdd": {
    message: "`stack {key}` has no effect: the policy's stacking is `add`, so every award is paid",
    help: 'declare `stacking highest "…"` in the header, or remove `stack`',
  },
} as const satisfies Record<string, { message: string; help: string }>;

/**
 * Words that parameters carry and each language translates: the units of values, what a name may be, the
 * phrases that complete a message ("; did you mean `x`?"). Terms may have parameters of their own.
 */
export const TERMS_EN = {
  money: "money",
  percent: "percent",
  number: "number",
  integer: "integer",
  boolean: "boolean",
  date: "date",
  string: "string",
  enum: "enum",
  record: "record",
  list: "list",
  aList: "a list",
  character: "character",
  characters: "characters",
  anInputOfPolicy: "an input of this policy",
  fieldOf: "a field of `{name}`",
  itemFieldOf: "a field of the items of `{name}`",
  chineseText: "Chinese text",
  brackets: "brackets",
  prefixOperators: "prefix operators",
  unexpectedAt: "unexpected `{image}`: ",
  bracketsAndPrefixOperators: "brackets and prefix operators",
  atLeast: "at least {n}",
  endOfFile: "end of file",
  "an expression": "an expression",
  "a literal": "a literal",
  identifier: "identifier",
  "string literal": "string literal",
  "date literal": "date literal",
  "money literal": "money literal",
  "percent literal": "percent literal",
  "number literal": "number literal",
  inputOrParam: "an input or a parameter",
  inputParamOrItem: "an input, a parameter or the item variable",
  anInput: "an input",
  anInputOrField: "an input or a field of an item",
  anAward: "an award",
  aCap: "a cap",
  aTotalCap: "a total cap",
  aBudget: "a budget",
  theRate: "the rate",
  theBase: "the base of a rate",
  aTierAward: "a tier's award",
  aMoneyParam: "a `money` parameter",
  aLookupAward: "a lookup's award",
  otherwiseAward: "the `otherwise` award",
  anUplift: "an uplift",
  didYouMean: "; did you mean `{word}`?",
  parenthesised: " ({items})",
  rateOfBase: " (write `RATE of BASE` for a share of an amount)",
  percentPlus: "; to raise an amount by a percent write `amount * (1 + rate)` or an `uplift`",
  plusMinus: "two values of one unit (money and money, percent and percent)",
  times: "money × percent, money × number or numbers",
  divide: "money / number, money / money or numbers",
} as const;
