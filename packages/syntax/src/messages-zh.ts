import type { DIAGNOSTICS } from "./codes.js";
import type { MESSAGES_EN, TERMS_EN } from "./messages-en.js";

/**
 * 诊断信息的简体中文文本：与 messages-en.ts 一一对应，参数名相同（测试逐条核对）。
 * The Chinese text of every diagnostic, entry for entry with the English catalogue and with the same
 * parameters (a test checks each entry).
 */
export const MESSAGES_ZH: Record<keyof typeof MESSAGES_EN, { message: string; help: string }> = {
  // ── R：政策库（docs/library.md）──
  "R001.target": {
    message: "`{id}` 不是本政策库中的政策；应为 {expected} 之一{hint}",
    help: '写同一政策库中某一政策的编号（`policy "…"`）',
  },
  "R001.noPolicy": {
    message: "`{id}` 不是本政策库中的政策；应为一项政策，但本政策库中没有政策",
    help: '把该文件与其政策（`policy "{id}"`）放在同一文件夹中检查：`subsidia check DIR`',
  },
  "R002.unknown": {
    message: "政策 `{policy}` 没有参数 `{name}`；应为其待定参数 {expected} 之一{hint}",
    help: "只填写政策中声明为 `pending` 的参数",
  },
  "R002.notPending": {
    message: "`{policy}` 的参数 `{name}` 在政策中已有取值；实施细则只能填写待定参数",
    help: "从细则中删除 `{name}`，或以 `amendment` 修订政策",
  },
  "R002.stillPending": {
    message: "细则仍将 `{name}` 留作待定；应给出取值（`param {name}: {type} = …`）",
    help: "写出细则规定的取值，并以细则原文作为说明",
  },
  "R003.rule": {
    message: "实施细则只填写参数；此处不允许 `{found}`",
    help: "输入、条目和测试写在政策中；细则只含 `param` 行",
  },
  "R003.amendment": {
    message: "修订只修改条目中的条款和参数；此处不允许 `{found}`",
    help: "输入和测试写在政策中；修订只含 `article` 和 `param` 行",
  },
  "R003.vocabulary": { message: "词表只声明输入；此处不允许 `{found}`", help: "词表中只保留 `input` 行" },
  "R003.header": {
    message: "`{keyword}` 属于政策的头部；其细则和修订遵从政策自身的设置",
    help: "删除 `{keyword}`：适用政策自身的设置",
  },
  "R004.type": {
    message: "`{name}` 在 `{policy}` 中为{declared}；细则声明为{type}",
    help: "按政策中的类型声明 `{name}`",
  },
  "R004.amendment": {
    message: "`{name}` 在 `{policy}` 中为{declared}；修订声明为{type}",
    help: "按政策中的类型声明 `{name}`",
  },
  "R005.article": {
    message: "政策 `{policy}` 没有第 {number} 条；应为 {expected} 之一",
    help: "按条号修订政策中已有的条目",
  },
  "R005.clause": {
    message: "`{policy}` 第 {number} 条没有条款 `{name}`；应为 {expected} 之一{hint}",
    help: "修订替换同名条款；新增条款写入 `new article`",
  },
  "R006.clause": {
    message: "修订 `{first}` 和 `{second}` 都在 {from} 至 {to} 修改 `{policy}` 的 `{name}`；任一日期应只有一个版本有效",
    help: "让前一修订在后一修订生效的前一天失效",
  },
  "R007.window": {
    message:
      "`{id}` 的有效期 {from} 至 {to} 部分超出 `{policy}` 的有效期（{policyFrom} 至 {policyTo}）；超出部分不会适用",
    help: "把有效期放在政策有效期之内，或核对日期",
  },
  "R008.overlap": {
    message: "细则 `{first}` 和 `{second}` 都在 {from} 至 {to} 填写 `{name}`；该期间适用较新的 `{second}`",
    help: "在较新细则生效时结束较早细则的有效期，使文本一致",
  },
  "R009.gap": {
    message: "`{policy}` 的 `{name}` 在 {from} 至 {to} 没有有效的细则；该期间的申请仍为待定",
    help: "如有需要，核对细则的有效期是否覆盖政策有效期",
  },
  "R010.conflict": {
    message: "输入 `{name}` 与词表 `{vocabulary}` 冲突：词表中为 `{there}`，此处为 `{here}`",
    help: "删除此声明而使用词表中的声明，或给输入改名",
  },
  "R011.vocabulary": {
    message: "未知的词表 `{id}`；应为 {expected} 之一{hint}",
    help: '写同一政策库中某一词表的编号（`vocabulary "…"`）',
  },
  "R011.noneRead": {
    message: "未知的词表 `{id}`；应为本政策库中的词表，但没有读入任何词表",
    help: '把含有 `vocabulary "{id}"` 的文件放在政策旁边，并检查整个文件夹：`subsidia check DIR`',
  },
  "R012.id": {
    message: "`{id}` 在政策库中声明了两次，另见 `{file}`；每个编号只能出现一次",
    help: "给其中一个文件换一个编号",
  },
  "R013.rule": {
    message: "`{id}` 是 `{target}` 的实施细则；应与其政策库一起编译，不能单独编译",
    help: "检查整个目录：`subsidia check DIR`，或以 `subsidia eval POLICY --with FILE` 计算",
  },
  "R013.amendment": {
    message: "`{id}` 是 `{target}` 的修订；应与其政策库一起编译，不能单独编译",
    help: "检查整个目录：`subsidia check DIR`，或以 `subsidia eval POLICY --with FILE` 计算",
  },
  "R013.vocabulary": {
    message: "`{id}` 是词表；应与其政策库一起编译，不能单独编译",
    help: "检查整个目录：`subsidia check DIR`",
  },
  "R014.validity": { message: "`{id}` 没有有效期；应写 `valid from … to …`", help: "按其文本写出适用的起止日期" },
  "R093.remove": {
    message: "`remove` 用于修订自某日起删去条目或条款；政策中直接不写即可",
    help: "从政策中删去该条或该款，或将 `remove` 移入自某日起适用的 `amendment`",
  },
  "R093.input": {
    message: "`new input {name}` 只用于修订中新增输入；政策中应写 `input {name}`",
    help: "删除 `new`，或将该输入移入自某日起新增它的 `amendment`",
  },
  "R093.param": {
    message: "`new param {name}` 只用于修订中新增参数；政策中应写 `param {name}`",
    help: "删除 `new`，或将该参数移入自某日起新增它的 `amendment`",
  },
  "R094.input": {
    message: "`{policy}` 已声明输入 `{name}`；`new input` 应使用政策未用的名称",
    help: "修订后的条款可直接读取政策的输入，无需声明；新增输入请另取名称",
  },
  "R094.param": {
    message: "`{policy}` 已声明参数 `{name}`；`new param` 应使用政策未用的名称",
    help: "修改其取值请写 `param {name}: … = …`（不加 `new`）；新增参数请另取名称",
  },
  "R095.clause": {
    message: "不能删去第 {number} 条的条款 `{name}`：第 {at} 条的条款 `{by}` 仍在引用它",
    help: "在同一修订中修改或删去条款 `{by}`，使其不再引用 `award of {name}`",
  },
  "R095.amended": {
    message: "修订同时删去并修改了{what}；应只保留其一",
    help: "保留 `remove` 表示自修订之日起删去，或保留新版本表示修改",
  },
  "R096.article": {
    message: "政策 `{policy}` 没有可删去的第 {number} 条；应为 {expected} 之一",
    help: "按条号写出政策已有的条目",
  },
  "R096.clause": {
    message: "`{policy}` 第 {number} 条没有可删去的条款 `{name}`；应为 {expected} 之一{hint}",
    help: "按条款标识（政策中的 `clause NAME`）写出该条已有的条款",
  },
  "R097.policy": {
    message: "`new article {number}` 只用于修订中新增条目；政策中应写 `article {number}`",
    help: "删除 `new`，或将该条移入自某日起新增它的 `amendment`",
  },
  "R098.article": {
    message: "`{policy}` 已有第 {number} 条；`new article` 应使用政策未用的条号（已用：{taken}）",
    help: "修改其条款请写 `article {number}`（不加 `new`）；新增条目请选用未用的条号",
  },
  "R099.param": {
    message: "政策 `{policy}` 没有参数 `{name}`；应为 {expected} 之一{hint}",
    help: "修订只能为政策已有的参数给出新值；新参数应写入政策的新版本",
  },
  "R099.pending": {
    message: "修订仍将 `{name}` 留作待定；应给出取值（`param {name}: {type} = …`）",
    help: "写出修订规定的取值，并以修订原文作为说明",
  },
  "L001.fullwidth": {
    message: "意外的字符 `{chars}`；是否想写 `{ascii}`",
    help: "请输入半角的 `{ascii}`：全角标点不属于本语言",
  },
  "L001.text": {
    message: '意外的{what} `{chars}`；文字应写在字符串 `"…"` 中',
    help: '把文字放进双引号，例如 `text "第一条……"`',
  },
  "L001.other": { message: "意外的{what} `{chars}`", help: "删除该字符，或把它放进字符串" },
  "L002.string": {
    message: '字符串 `{image}` 没有结束；应在行尾之前写上 `"`',
    help: '在同一行用 `"` 结束字符串；字符串中的换行写作 `\\n`',
  },
  "L003.date": {
    message: "日期 `{image}` 格式有误；应为 `yyyy-mm-dd`",
    help: "年份写四位、月和日各写两位，例如 `2026-02-13`",
  },
  "L003.number": {
    message: "数字 `{image}` 格式有误；应为数字，最多一个 `.`",
    help: "写成 `12` 或 `1.5` 这样的数字；数字与名称之间用空格隔开",
  },
  "L003.escape": {
    message: '字符串中有未知的转义 `{sequence}`；应为 `\\"`、`\\\\` 或 `\\n`',
    help: '引号写作 `\\"`，反斜杠写作 `\\\\`，换行写作 `\\n`',
  },
  "L005.size": { message: "文件过大：{length} 个字符；最多 {max} 个", help: "把政策拆分为多个文件" },
  "L004.comment": { message: "注释没有结束；应在文件末尾之前写上 `*/`", help: "用 `*/` 结束注释" },
  "P001.unexpected": {
    message: "意外的{actual}；应为{expected}{hint}",
    help: "删除它，或把它移入某个声明；每个顶层条目都以关键字开头",
  },
  "P001.bare": { message: "意外的{actual}{hint}", help: "删除它，或把它移入某个声明" },
  "P002.unexpected": {
    message: "意外的{actual}；应为{expected}{hint}",
    help: "在此处写出所需内容；块中的条目以所列关键字之一开头",
  },
  "P002.bare": { message: "意外的{actual}{hint}", help: "在此处写出语法要求的内容" },
  "P002.between": {
    message: "意外的 `between`：它计算两个日期之间的时间；应在其前写上单位，如 `years between a and b`",
    help: "数值区间写作 `x >= A and x <= B`；时间写作 `years between a and b`（或 `months`、`days`）",
  },
  "P002.ifEntry": {
    message: "条目开头意外的 `if`；`if … then … else …` 是一个值，应写在金额或条件所在的位置",
    help: "写作 `award if 条件 then A else B`（`cap`、比例和档位中同样可用），或把条件写在 `when` 行中",
  },
  "P002.caseAmount": {
    message: "情形 {key} 缺少金额；应在键后写 `:` 和金额",
    help: "每个情形写作 `键: 金额`，多个键共用一个金额写作 `2, 3: 1500万元`",
  },
  "P003.unexpected": { message: "意外的{actual}；应为{expected}{hint}", help: "写完该声明；每个 `{` 都需要对应的 `}`" },
  "P003.bare": { message: "意外的{actual}{hint}", help: "写完该声明；每个 `{` 都需要对应的 `}`" },
  "P004.unexpected": { message: "意外的{actual}；应为{expected}{hint}", help: "用所列形式之一补全表达式或条目" },
  "P004.bare": { message: "意外的{actual}{hint}", help: "补全表达式或条目" },
  "P004.caseKey": {
    message: "意外的{actual}：情形的键是字面量；应为字符串（如 {quoted}）、数字或 `otherwise`",
    help: '把取值写在引号中，如 `by firm.kind { "a", "b": 1万元, otherwise: 0元 }`',
  },
  "P005.file": { message: "文件嵌套过深，无法读取；应减少嵌套的表达式", help: "把表达式拆分为参数或条款" },
  "P005.depth": { message: "{at}表达式嵌套超过 {max} 层；最多 {max} 层", help: "把表达式拆分为参数或条款" },
  "P005.brackets": {
    message: "意外的 `{image}`：{what}嵌套超过 {max} 层；最多 {max} 层",
    help: "把表达式拆分为参数或条款",
  },
  "N001.name": {
    message: "未知的名称 `{name}`；应为{expected}{hint}",
    help: "用 `input` 或 `param` 声明它，或更正拼写",
  },
  "N001.list": {
    message: "未知的列表 `{name}`；应为列表类型的输入{hint}",
    help: "用 `input {name} list { … }` 声明该列表，或更正拼写",
  },
  "N001.dateInput": {
    message: "`{name}` 不是日期类型的输入；应为 {expected} 之一{hint}",
    help: "声明一个日期输入，例如 `input applicationDate date`，并写在 `on` 之后",
  },
  "N002.field": {
    message: "未知的字段 `{name}`；应为 {expected} 之一{hint}",
    help: "使用记录中已声明的字段，或声明该字段",
  },
  "N003.itemHides": {
    message: "项目变量 `{name}` 遮蔽了同名的输入或参数；请换一个名称",
    help: "给 `for each` 后的变量改名，例如 `for each p in projects`",
  },
  "N003.payer": { message: "出资方 `{name}` 列出了两次", help: "每个出资方只列一次，并写明份额" },
  "N003.declaredClash": { message: "`{name}` 声明了两次；已有同名的输入或参数", help: "给输入或参数换一个名称" },
  "N003.enumMember": { message: "枚举成员 `{name}` 列出了两次", help: "删除列表中第二个 `{name}`" },
  "N003.declared": { message: "`{name}` 声明了两次", help: "删除其中一个声明，或改名" },
  "N003.case": {
    message: "`by {key}` 的键 `{name}` 列出了两次；一个键只能对应一个情形",
    help: '从其中一个情形中删除 `{name}`；金额相同的键写在同一情形中：`"a", "b": 500万元`',
  },
  "N004.clause": {
    message: "条款 `{name}` 声明了两次；同一政策中的条款名称必须唯一",
    help: "给其中一个条款改名，例如按条目命名：`a4_platform`",
  },
  "N005.article": { message: "第 {number} 条声明了两次；每个条号只能出现一次", help: "按文件原文编号，每条一次" },
  "N006.member": {
    message: "`{value}` 不是 `{enumName}` 的成员；应为{expected}{hint}",
    help: "与枚举中已声明的成员之一比较",
  },
  "N007.function": {
    message: "未知的函数 `{name}`；应为 `min`、`max`、`floor`、`ceil` 或 `year`{hint}",
    help: "使用 `min(a, b)`、`max(a, b)`、`floor(x)`、`ceil(x)` 或 `year(date)`",
  },
  "N008.type": { message: "未知的类型 `{name}`；应为{expected}{hint}", help: "用所列类型之一声明该输入" },
  "N008.paramType": { message: "未知的参数类型 `{name}`；应为{expected}{hint}", help: "用所列类型之一声明该参数" },
  "N009.clause": {
    message: "未知的条款 `{name}`；应为本政策中某个条款的名称{hint}",
    help: "写条目中 `clause` 之后的名称",
  },
  "T001.arith": {
    message: "`{op}` 不能用于{leftType} `{left}` 和{rightType} `{right}`；应为{expected}{hint}",
    help: "只组合单位与运算符相符的值",
  },
  "T001.unary": { message: "`{op}` 需要数、金额或百分比；`{src}` 是{type}", help: "只对金额、数或百分比加正负号" },
  "T001.isGiven": {
    message: "`is given` 用于 `p.totalInvestment` 这样的事实，不能用于 `{src}`",
    help: "询问可选输入是否给出：`when p.totalInvestment is given`",
  },
  "T001.minMaxArg": {
    message: "`{fn}` 的参数应为金额、数、百分比或日期；`{src}` 是{type}",
    help: "传入金额、数、百分比或日期",
  },
  "T002.ordered": {
    message: "`{op}` 只比较金额、数、百分比或日期；`{src}` 是{type}",
    help: "改用 `=` 或 `!=`，或比较金额、数、百分比或日期",
  },
  "T002.compare": {
    message: "不能比较{leftType} `{left}` 与{rightType} `{right}`；两边应为同一单位",
    help: "金额与金额比较，百分比与百分比比较，日期与日期比较",
  },
  "T002.enumWith": {
    message: "`{enumName}` 取值为 {members} 之一；请与其中一个字符串比较",
    help: '把成员写在引号中，例如 `p.kind = "platform"`',
  },
  "T002.minMaxUnits": {
    message: "`{fn}` 的参数应为同一单位；应为{expected}，`{src}` 是{type}",
    help: "让所有参数使用同一单位",
  },
  "T002.memberType": { message: "`{src}` 是{type}，而 `{enumName}` 是{enumType}", help: "与同一单位的值比较" },
  "T002.tierThreshold": {
    message: "档位门槛应为{expected}，如 `{base}`；`{src}` 是{type}",
    help: "门槛使用档位所读金额的单位",
  },
  "T003.condition": {
    message: "应为条件（真或假）；`{src}` 是{type}",
    help: "写成比较，例如 `p.totalInvestment >= 1000万元`",
  },
  "T004.money": { message: "{what}应为金额；`{src}` 是{type}{hint}", help: "写金额，例如 `50万元`，或 `比例 of 基数`" },
  "T005.percent": { message: "{what}应为百分比，例如 `30%`；`{src}` 是{type}", help: "写百分比，例如 `30%`" },
  "T006.money": { message: "{what}应为金额；`{src}` 是{type}{hint}", help: "写成金额，例如 `1000万元`" },
  "T007.expectedAmount": {
    message: "预期金额应写成金额，例如 `1500万元` 或 `0`；实际为 `{src}`",
    help: "把预期奖补写成金额：`expect a4 = 1500万元`",
  },
  "T007.share": {
    message: "出资方的份额应为正数；实际为 `{src}`",
    help: "份额写成正数，例如 `funded by province 1, city 1`",
  },
  "T007.rangeType": {
    message: "范围 `from … to …` 只适用于 `integer` 和 `number` 输入；`{name}` 不是",
    help: "删除范围，或把输入声明为 `integer` 或 `number`",
  },
  "T007.years": {
    message: "`over {src} years` 按整年计算；应为不小于 1 的整数",
    help: "写作 `over 3 years`，不限年份则写 `over lifetime`",
  },
  "T007.integerRange": { message: "整数范围需要整数；实际为 `{src}`", help: "写整数，例如 `integer from 1 to 3`" },
  "T007.rangeOrder": {
    message: "范围的终点（`{max}`）小于起点（`{min}`）；`to` 应不小于 `from`",
    help: "交换上下限，使 `from` 为较小者",
  },
  "T007.reservedName": {
    message: "`{name}` 不能作为事实名称：JavaScript 对象已使用该名称；请换一个名称",
    help: "换一个名称，例如 `{name}Value`",
  },
  "T007.paramConstant": { message: "参数的值必须是常量；`{src}` 读取了事实", help: "给参数写字面值；在条款中读取事实" },
  "T007.paramType": {
    message: "`{src}` 是{type}；参数 `{name}` 声明为{declared}",
    help: "写声明类型的值，或修改声明",
  },
  "T007.dateInput": {
    message: "`{name}` 不是日期类型的输入；应为 {expected} 之一{hint}",
    help: "在 `on` 之后写一个日期输入",
  },
  "T007.policyId": {
    message: "政策标识 `{id}` 只能包含字母、数字、`.`、`_` 或 `-`，并以字母或数字开头",
    help: '写成 `"heilongjiang-bio-2026"` 这样的标识',
  },
  "T007.articleNumber": {
    message: "条号必须是 1 到 {max} 之间的整数（按原文：（四）即 4）；实际为 `{src}`",
    help: "用阿拉伯数字写条号：（四）写作 `article 4`",
  },
  "T008.notList": {
    message: "`{name}` 不是列表；`for each` 需要列表输入，例如 {lists}",
    help: "遍历声明为 `list { … }` 的输入",
  },
  "T008.wholeList": { message: "`{src}` 是{kind}；应为其中的字段", help: "在 `for each` 条款中读取每一项的某个字段" },
  "T009.paramFields": { message: "参数 `{name}` 没有字段", help: "直接用参数名读取参数" },
  "T009.noField": { message: "`{path}` 是{kind}，没有字段 `{name}`", help: "只从记录和列表项中读取字段" },
  "T009.wholeItem": {
    message: "`{src}` 是整个列表项；应为其中的字段，例如 `{example}`",
    help: "读取该项的一个字段，例如 `{example}`",
  },
  "T010.date": { message: "`{value}` 不是真实存在的日期；应为 YYYY-MM-DD", help: "写日历上存在的日期" },
  "T011.lookupKey": {
    message: "查表的键必须是枚举、整数或字符串；`{src}` 是{type}",
    help: "按枚举输入、整数或字符串查表",
  },
  "T012.zero": { message: "除以零：`{src}` 为零；除数不能为零", help: "除以非零的值" },
  "S001.header": {
    message: '缺少政策头；文件开头应为 `policy "id" { title "…" … }`',
    help: '在文件开头写 `policy "id" { title "…" }`',
  },
  "S002.title": { message: '政策头没有 `title`；应为 `title "…"`', help: '添加 `title "…"`，写上文件标题' },
  "S002.validOn": {
    message: "`valid` 需要据以判断的日期；应写 `on` 和一个日期输入，例如 {expected}",
    help: "写 `valid from … to … on applicationDate`，并声明 `input applicationDate date`",
  },
  "S003.clause": { message: "条款 `{name}` 中{what}写了两次；只能写一次", help: "保留其中一条" },
  "S003.header": { message: "政策头中 `{keyword}` 写了两次；只能写一次", help: "保留其中一条" },
  "S003.article": { message: "第 {number} 条中 `cap total` 写了两次；只能写一次", help: "保留其中一条" },
  "S004.noAward": {
    message: '条款 `{name}` 没有 `award`；应写 `award …`，对不支付可计算金额的措施写 `nonmonetary "原因"`',
    help: '添加 `award …`；不支付金额的措施写 `nonmonetary "…"`',
  },
  "S005.awardAndNonmonetary": {
    message: "条款 `{name}` 同时有 `award` 和 `nonmonetary`；只能有其一",
    help: "删除两者之一",
  },
  "S005.paramDates": {
    message: "参数 `{name}` 的日期必须递增；`{date}` 不晚于 `{previous}`",
    help: "按日期顺序列出参数的取值",
  },
  "S006.validity": {
    message: "政策的结束日期（`{to}`）早于开始日期（`{from}`）；`to` 应不早于 `from`",
    help: "交换两个日期，或更正年份",
  },
  "S007.stacking": { message: "未知的叠加规则 `{rule}`；应为{expected}{hint}", help: "写所列叠加规则之一" },
  "S007.roundingMode": { message: "未知的舍入方式 `{mode}`；应为{expected}{hint}", help: "写所列舍入方式之一" },
  "S007.roundingUnit": {
    message: "舍入单位必须是正的金额，例如 `0.01`；实际为 `{src}`",
    help: "舍入到正的金额，例如 `0.01` 或 `100`",
  },
  "S008.fact": {
    message: "测试的事实中有未知的事实 `{name}`；应为{what}{names}{hint}",
    help: "使用已声明的输入和字段的名称",
  },
  "A001.upliftOrder": {
    message: "条款 `{clause}` 的上浮没有说明在上限之前还是之后适用；按之后适用；请写 `before cap` 或 `after cap`",
    help: "在上浮中加上 `before cap` 或 `after cap`",
  },
  "A002.noText": {
    message: '第 {number} 条没有引用原文；应写一行 `text "…"`，引用它所编码的句子',
    help: '引用文件原句：`text "……"`',
  },
  "A003.input": { message: "输入 `{name}` 已声明，但没有条款读取它", help: "删除该输入，或在条款中读取它" },
  "A004.param": { message: "参数 `{name}` 已声明，但没有条款读取它", help: "删除该参数，或在条款中使用它" },
  "A005.order": {
    message: "档位门槛必须递增；`{threshold}` 不高于 `{previous}`",
    help: "按门槛从低到高列出档位",
  },
  "A006.pays": {
    message: "档位 `at least {threshold}` 支付 `{amount}`，少于较低档位的 `{lower}`；较高档位应至少支付同样多",
    help: "对照原文核对金额；较高档位通常支付更多",
  },
  "A007.repeat": {
    message: "档位 `at least {threshold}` 与前一档的门槛相同，前一档因此永远达不到；每个门槛只能出现一次",
    help: "删除两个档位之一，或更正其门槛",
  },
  "A008.below": {
    message:
      "档位 `at least {threshold}` 永远达不到：`when {condition}` 使 `{base}` 始终低于它；应为条件允许的门槛，或删除该档位",
    help: "降低门槛，或放宽条件",
  },
  "A008.above": {
    message:
      "档位 `at least {threshold}` 永远不是达到的最高档：`when {condition}` 意味着每个符合条件的 `{base}` 都达到 `at least {higher}`；应为条件允许的门槛，或删除该档位",
    help: "删除该档位，或放宽条件",
  },
  "A009.never": {
    message: "上限 `{cap}` 永远不起作用：其前的金额最多为 `{most}`；上限应低于 `{most}`，或不设上限",
    help: "降低上限，或删除它",
  },
  "A010.always": {
    message:
      "上限 `{cap}` 总是起作用：其前的金额至少为 `{least}`，每一项都恰好得到 `{cap}`；上限应高于 `{least}`，或直接写金额 `{cap}`",
    help: "直接奖补该金额，或提高上限",
  },
  "P006.errors": {
    message: "错误过多：另有 {count} 个未显示；一个文件最多显示 {max} 个错误",
    help: "先改正已显示的错误，再检查",
  },
  "A012.warnings": {
    message: "警告过多：另有 {count} 个未显示；一个文件最多显示 {max} 个警告",
    help: "先处理已显示的警告，再检查",
  },
  "A011.knee": {
    message:
      "`{condition}` 达到或超过上限 `{cap}` 的拐点：当 `{base}` 为 `{knee}` 时奖补即达上限，因此每个符合条件的项目都恰好得到 `{cap}`；门槛应低于 `{knee}`，或提高上限",
    help: "降低门槛，或提高上限",
  },
  "T002.ratioPercent": {
    message: "不能比较数 `{left}` 与百分比 `{right}`：两个金额之比是数",
    help: "改为用百分比乘另一个金额：`{suggestion}`",
  },
  "T013.ifBranches": {
    message: "`if` 的两个分支应为同一单位：`then` 是{thenType} `{thenSrc}`，`else` 是{elseType} `{elseSrc}`",
    help: "两个分支使用同一单位，例如都是金额或都是百分比",
  },
  "T013.lookupCases": {
    message: "`by {key}` 的各情形应为同一单位；应为{expected}，`{src}` 是{type}",
    help: "各情形与 `otherwise` 使用同一单位",
  },
  "T011.lookupTotal": {
    message: "`by {key}` 缺少 {missing} 的情形；每个取值都应有情形，或写 `otherwise:`",
    help: "作为值使用的查表必须总有结果：补上缺少的情形或 `otherwise: …`",
  },
  "T011.lookupOpen": {
    message: "`by {key}` 读取的是{type}，其取值无法全部列出；应有 `otherwise:` 情形",
    help: "在各情形之后加上 `otherwise: …`",
  },
  "T014.duration": {
    message: "`{src}` 是一段时间；应写在日期的 `+` 或 `-` 之后，例如 `p.registered + {src}`",
    help: "把时间加到日期上，或用 `years between a and b` 计算两个日期之间的时间",
  },
  "T014.shiftNotDate": {
    message: "`{op} {duration}` 的左边应为日期；`{src}` 是{type}",
    help: "对日期加减：`p.registered + 3 years`",
  },
  "T014.dateNumber": {
    message: "不能把{type} `{src}` 加到日期上；应为一段时间，例如 `3 years`、`6 months` 或 `90 days`",
    help: "在数字后写单位：`{src} years`、`{src} months` 或 `{src} days`",
  },
  "T014.dateMinus": {
    message: "不能用日期 `{left}` 减去日期 `{right}`；`-` 之后应为一段时间",
    help: "计算两个日期之间的时间请写 `days between {right} and {left}`（或 `years`、`months`）",
  },
  "T014.count": {
    message: "`{unit}` 的个数应为整数；`{src}` 是{type}",
    help: "在单位前写整数，例如 `3 {unit}`",
  },
  "T014.between": {
    message: "`{unit} between` 计算两个日期之间的时间；`{src}` 是{type}",
    help: "写两个日期：`years between p.registered and applicationDate`",
  },
  "T015.floorCeil": {
    message: "`{fn}` 的参数应为数；`{src}` 是{type}",
    help: "按金额的整步计算请写 `金额 per 100万元 of x`",
  },
  "T015.year": { message: "`year` 的参数应为日期；`{src}` 是{type}", help: "传入日期，例如 `year(applicationDate)`" },
  "T015.arity": { message: "`{fn}` 只有一个参数；应为 `{fn}(x)`", help: "只传入一个值" },
  "T098.notForeign": {
    message: "`{src}` 已是元；`at` 用于折算其他币种的金额",
    help: "删除 `at {rate}`，或按币种声明输入：`investment: money in USD`",
  },
  "T098.rate": {
    message: "`{src}` 的汇率 `{rate}` 是{type}；应为每{unit}折合的元数（数字）",
    help: "把汇率声明为数字、参数（`param usdRate: number = 7.1 from 2026-01-01`）或事实",
  },
  "T098.notMoney": {
    message: "`{type} in {name}`：只有金额有币种；应为 `money in {name}`",
    help: "其他币种的金额声明为 `money in {name}`；数量或比例没有币种",
  },
  "T098.currency": {
    message: "未知币种 `{name}`；应为 {expected} 之一",
    help: "写币种的 ISO 代码：`money in USD`；人民币金额直接写 `money`",
  },
  "T099.mix": {
    message: "`{left}` 以{leftUnit}计，`{right}` 以{rightUnit}计；应为同一币种的金额",
    help: "先按汇率把其他币种的金额折算为元：`{foreign} at usdRate`",
  },
  "T099.fact": {
    message: "`{src}` 以{valueUnit}计，而 `{name}` 声明为以{unit}计；应为以{unit}计的金额",
    help: "按输入声明的币种写金额，如 `250万{unit}`",
  },
  "T099.asYuan": {
    message: "`{src}` 以{unit}计，而{what}以元计；应先折算，如 `{src} at RATE`",
    help: "按每{unit}折合的元数（带日期的参数或事实）折算：`{src} at usdRate`",
  },
  "T016.steps": {
    message: "步长 `{step}` 是{stepType}，而 `{of}` 是{ofType}；步长应与所计量的值同一单位",
    help: "金额按金额分步，数按数分步：`5万元 per 10万元 of x`",
  },
  "T016.since": {
    message: "`new since {src}` 是{type}，而 `{base}` 是{baseType}；应为同一单位的此前数值",
    help: "与同一指标此前的最高值比较",
  },
  "T016.zeroStep": { message: "步长 `{src}` 不大于 0；应为正数", help: "写出一步的大小，例如 `per 100万元 of x`" },
  "T017.share": {
    message: "分期 `{src}` 的比例是{type}；应为百分比",
    help: "每期写为奖补的百分比：`pay 40% on …`",
  },
  "T017.on": { message: "`on` 之后应为日期；`{src}` 是{type}", help: "把节点声明为 `optional date`，写在 `on` 之后" },
  "T017.total": { message: "`pay` 各期比例合计为 {sum}；应为 100%", help: "使各期比例合计为奖补的 100%" },
  "N009.awardOf": {
    message: "`award of {name}`：未知的条款 `{name}`；应为本政策中某个条款的名称{hint}",
    help: "写 `clause` 之后的名称",
  },
  "N009.exclusive": {
    message: "`exclusive`：未知的条款 `{name}`；应为本条目中的条款{hint}",
    help: "按 `clause` 之后的名称列出同一条目中的条款",
  },
  "S009.awards": {
    message: "`{what}` 需要此前已拨付的奖补；应声明类型为 `awards` 的输入",
    help: '声明 `input awarded: awards "此前已拨付的奖补"`',
  },
  "S009.date": {
    message: "`over {years} years` 从政策的日期往前计算；应在 `valid` 之后写 `on 日期输入`",
    help: "在政策头中写明申请日期输入：`valid from … to … on applicationDate`",
  },
  "S009.twoAwards": {
    message: "第二个类型为 `awards` 的输入 `{name}`；每个政策至多一个",
    help: "只保留一份此前已拨付奖补的列表",
  },
  "S010.cycle": {
    message: "`award of {name}` 经由 {path} 又引用回条款 `{name}`；不应有循环",
    help: "条款不能依赖自身的金额：其中一个请由事实计算",
  },
  "S011.count": {
    message: "`select {mode} {src}`：应为大于 0 的整数",
    help: "写出入选的数量，例如 `select top 5 by …`",
  },
  "S011.topOrder": {
    message: "`select top` 按有大小之分的值排序；`{src}` 是{type}，应为分数、金额或日期",
    help: "按数字、金额或日期排序，如 `select top 50 by t.score descending`",
  },
  "S011.firstDate": {
    message: "`select first` 按日期排序；`{src}` 是{type}",
    help: "按分数或金额排序请用 `select top N by …`",
  },
  "S011.groups": {
    message: "`{name}` 属于两个 `exclusive` 组；每个条款至多属于一组",
    help: "合并两组，或把该条款从其中一组移除",
  },
  "S011.members": { message: "`exclusive` 需要两个不同的条款；应至少列出两个名称", help: "列出只保留最高奖补的各条款" },
  "S011.onePerList": {
    message: "`one per` 比较条款 `{name}` 的各项，但该条款没有 `for each`",
    help: "给条款加上 `for each 项 in 列表`",
  },
  "S011.rangeUpTo": {
    message: "`award up to` 与区间 `A to B` 不能同时使用；应为其中之一",
    help: "区间写 `award A to B`，上限写 `award up to B`",
  },
  "S012.rule": {
    message: '`rule ""` 没有引用任何规则；应写出确定金额的规则名称',
    help: '写出规则名称，例如 `rule "《…管理办法》"`，或删去这一行',
  },
  "A015.range": {
    message: "区间 `{low}` 到 `{high}` 为空；较小的一端应写在前面",
    help: "交换两端：只有前一端较小时，`award {high} to {low}` 才是区间",
  },
  "A013.uplift": {
    message: "上浮 `{src}` 不大于 0%；应为增加，例如 `50%`",
    help: "上浮提高奖补：写正的百分比，或用 `*` 降低奖补",
  },
  "A014.stackAdd": {
    message: "`stack {key}` 不起作用：本政策的叠加规则是 `add`，各项奖补都会支付",
    help: '在政策头声明 `stacking highest "…"`，或删除 `stack`',
  },
};

export const TERMS_ZH: Record<keyof typeof TERMS_EN, string> = {
  money: "金额",
  percent: "百分比",
  number: "数",
  integer: "整数",
  boolean: "布尔值",
  date: "日期",
  string: "字符串",
  enum: "枚举",
  record: "记录",
  list: "列表",
  aList: "列表",
  character: "字符",
  characters: "字符",
  anInputOfPolicy: "本政策的输入",
  fieldOf: "`{name}` 的字段",
  itemFieldOf: "`{name}` 各项的字段",
  chineseText: "中文",
  brackets: "括号",
  prefixOperators: "前缀运算符",
  unexpectedAt: "意外的 `{image}`：",
  bracketsAndPrefixOperators: "括号和前缀运算符",
  atLeast: "至少 {n}",
  endOfFile: "文件末尾",
  "an expression": "表达式",
  "a literal": "字面量",
  identifier: "标识符",
  "string literal": "字符串",
  "date literal": "日期",
  "money literal": "金额",
  "percent literal": "百分比",
  "number literal": "数字",
  inputOrParam: "输入或参数",
  inputParamOrItem: "输入、参数或项目变量",
  anInput: "输入",
  anInputOrField: "输入或列表项的字段",
  anAward: "奖补",
  aCap: "上限",
  aTotalCap: "总上限",
  aBudget: "预算",
  theRate: "比例",
  theBase: "比例的基数",
  aTierAward: "档位的奖补",
  aMoneyParam: "`money` 参数",
  aLookupAward: "查表的奖补",
  otherwiseAward: "`otherwise` 的奖补",
  anUplift: "上浮",
  didYouMean: "；是否想写 `{word}`？",
  parenthesised: "（{items}）",
  rateOfBase: "（按金额的比例请写 `比例 of 基数`）",
  percentPlus: "；按百分比上浮金额请写 `amount * (1 + rate)` 或使用 `uplift`",
  plusMinus: "同一单位的两个值（金额与金额、百分比与百分比）",
  times: "金额 × 百分比、金额 × 数，或数与数",
  divide: "金额 / 数、金额 / 金额，或数与数",
};

/** 每个代码的中文标题。 */
export const TITLES_ZH: Record<keyof typeof DIAGNOSTICS, string> = {
  R001: "未知的政策",
  R002: "不是待定参数",
  R003: "此类文件中不允许",
  R004: "参数类型与政策不同",
  R005: "未知的被修订条款",
  R006: "版本有效期重叠",
  R007: "有效期超出政策有效期",
  R008: "细则重叠：适用较新者",
  R009: "参数部分期间没有细则",
  R010: "输入与词表冲突",
  R011: "未知的词表",
  R012: "政策库中编号重复",
  R013: "未与政策库一起编译",
  R014: "缺少有效期",
  R093: "修订之外的修订声明",
  R094: "新增的输入或参数已声明",
  R095: "删去的条目或条款仍被引用",
  R096: "删去的条目或条款不存在",
  R097: "修订之外新增条目",
  R098: "新增条目已存在",
  R099: "未知或待定的修订参数",
  L001: "意外的字符",
  L002: "字符串未结束",
  L003: "字面量格式有误",
  L004: "注释未结束",
  L005: "文件过大",
  P001: "意外的记号",
  P002: "缺少记号",
  P003: "意外的文件结尾",
  P004: "没有匹配的形式",
  P005: "嵌套过深",
  P006: "错误过多",
  N001: "未知的名称",
  N002: "未知的字段",
  N003: "重复声明",
  N004: "条款名称重复",
  N005: "条号重复",
  N006: "未知的枚举成员",
  N007: "未知的函数",
  N008: "未知的类型",
  N009: "未知的条款",
  T001: "运算符不适用于这些单位",
  T002: "比较不同单位的值",
  T003: "条件不是布尔值",
  T004: "奖补不是金额",
  T005: "比例不是百分比",
  T006: "上限不是金额",
  T007: "值与声明的类型不符",
  T008: "不是记录列表",
  T009: "对没有字段的值取字段",
  T010: "日期无效",
  T011: "查表的键与情形不符",
  T012: "除以零",
  S001: "缺少政策头",
  S002: "政策头缺少条目",
  S003: "条目重复",
  S004: "条款没有奖补",
  S005: "条款条目冲突",
  S006: "有效期结束早于开始",
  S007: "未知的政策头设置",
  S008: "测试事实无效",
  A001: "未说明上浮顺序",
  A002: "条目没有引用原文",
  A003: "未使用的输入",
  A004: "未使用的参数",
  A005: "档位未递增",
  A006: "档位支付少于较低档位",
  A007: "档位门槛重复",
  A008: "达不到的档位",
  A009: "上限永不起作用",
  A010: "上限总是起作用",
  A011: "门槛达到或超过上限拐点",
  T013: "一个值中混用不同单位",
  T014: "日期运算有误",
  T015: "函数的参数有误",
  T016: "步长与所计量的值单位不同",
  T017: "分期支付有误",
  T098: "币种折算有误",
  T099: "其他币种的金额",
  S009: "历史数据缺少所需的输入",
  S010: "条款引用形成循环",
  S011: "遴选或互斥设置有误",
  S012: "引用的规则没有名称",
  A013: "不合常理的值",
  A012: "警告过多",
  A014: "叠加声明不起作用",
  A015: "区间为空",
};
