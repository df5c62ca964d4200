import type { Lang } from "./lang.js";

type Rule = [RegExp, (...m: string[]) => string];

/** Code in backticks (`` `a / b` ``): a policy's source, quoted as written. */
const C = "(`[^`]*`)";

const rule = (pattern: string, to: (...m: string[]) => string): Rule => [new RegExp(`^${pattern}$`), to];

/**
 * Why a policy cannot be evaluated, as the runtime (`EvaluationError`) and the SQL compiler (`SqlCompileError`)
 * write it in English, in Chinese. The code quoted stays as written.
 */
const EVAL_ZH: Rule[] = [
  rule(`division by zero in ${C}`, (_, s) => `${s} 中除数为零`),
  rule(`unknown parameter ${C}`, (_, n) => `未知的参数 ${n}`),
  rule(`expected a number in ${C}, got ${C}`, (_, s, v) => `${s} 中应为数值，实际为 ${v}`),
  rule(`expected a number in ${C}`, (_, s) => `${s} 中应为数值`),
  rule(`expected a condition in ${C}`, (_, s) => `${s} 中应为条件`),
  rule(`expected a date in ${C}, got ${C}`, (_, s, v) => `${s} 中应为日期，实际为 ${v}`),
  rule(`expected a date in ${C}`, (_, s) => `${s} 中应为日期`),
  rule(`expected two dates in ${C}`, (_, s) => `${s} 中应为两个日期`),
  rule(
    `expected a whole number of years, months or days in ${C}, got ${C}`,
    (_, s, v) => `${s} 中应为年、月或日的整数，实际为 ${v}`,
  ),
  rule(`${C} is a record or a list, not a value`, (_, s) => `${s} 是记录或列表，不是值`),
  rule(`cannot compare values of different kinds in ${C}`, (_, s) => `${s} 中无法比较不同种类的值`),
  rule(`cannot order the values in ${C}`, (_, s) => `${s} 中的值无法比较大小`),
  rule(`a step must be above 0 in ${C}, got ${C}`, (_, s, v) => `${s} 中的步长应大于 0，实际为 ${v}`),
  rule(`no case of ${C} matches ${C}`, (_, s, v) => `${s} 中没有与 ${v} 相符的情形`),
  rule(`unknown clause ${C} in ${C}`, (_, c, s) => `${s} 中有未知的条款 ${c}`),
  rule(`${C} is not the item of this clause`, (_, v) => `${v} 不是本条款的项目`),
  rule(`${C} is read outside a clause`, (_, s) => `${s} 在条款之外被读取`),
  rule(
    `the budget of ${C} must be one constant amount: ${C} is not`,
    (_, id, s) => `${id} 的预算应为一个常量金额：${s} 不是`,
  ),
  rule(
    `${C} is not a constant: a value may use literals, arithmetic, \`min\` and \`max\``,
    (_, s) => `${s} 不是常量：值只能由字面量、算术运算、\`min\` 和 \`max\` 组成`,
  ),
  // the SQL compiler (`--engine duckdb`, `subsidia sql`)
  rule(
    "(.+) is not compiled to SQL yet; evaluate this policy with --engine js",
    (_, w) => `${w} 尚未编译为 SQL；请用 \`--engine js\` 计算此政策`,
  ),
  rule(
    `the count of ${C} must be one constant whole number \\(at most (\\d+)\\) to be computed in SQL`,
    (_, s, n) => `${s} 的次数应为一个常量整数（至多 ${n}），才能在 SQL 中计算`,
  ),
  rule(
    `the count of ${C} must be a constant or a whole number of at most (\\d+) digits by its type \\(${C}\\) to be computed in SQL`,
    (_, s, n, t) => `${s} 的次数应为常量，或按其类型（${t}）至多 ${n} 位的整数，才能在 SQL 中计算`,
  ),
  rule(
    `the step of ${C} must be one constant above 0 whose reciprocal is a finite decimal to be computed in SQL`,
    (_, s) => `${s} 的步长应为一个大于 0、倒数为有限小数的常量，才能在 SQL 中计算`,
  ),
  rule(
    `${C} needs an \`otherwise\` case to be computed in SQL \\(or an enum fact as its key\\)`,
    (_, s) => `${s} 需要 \`otherwise\` 情形（或以枚举事实为键），才能在 SQL 中计算`,
  ),
  rule(
    `the rounding unit ${C} has no finite reciprocal: SQL cannot round to it exactly`,
    (_, u) => `舍入单位 ${u} 的倒数不是有限小数：SQL 无法精确舍入到该单位`,
  ),
  rule(
    `${C} cannot be computed exactly in SQL: divide by a constant whose reciprocal is a finite decimal \\(2, 4, 5, 8, 10, …\\)`,
    (_, s) => `${s} 无法在 SQL 中精确计算：除数应为倒数是有限小数的常量（2、4、5、8、10 等）`,
  ),
  rule("more than (\\d+) digits in a whole number", (_, n) => `整数超过 ${n} 位`),
  rule("more than (\\d+) decimal places", (_, n) => `小数超过 ${n} 位`),
  rule(
    "a product with (\\d+) decimal places cannot be computed exactly in SQL",
    (_, n) => `有 ${n} 位小数的乘积无法在 SQL 中精确计算`,
  ),
  rule(`${C} reads a clause that is not evaluated before it`, (_, s) => `${s} 读取的条款未在其之前计算`),
  rule("an instalment cannot be computed exactly in SQL", () => "分期金额无法在 SQL 中精确计算"),
  rule(`${C} is not a column of the table layout`, (_, s) => `${s} 不是表结构中的列`),
];

/**
 * Why a policy cannot be evaluated (`division by zero in \`a / b\``), as the runtime or the SQL compiler writes it
 * in English (JSON output keeps it), in a report's language. A message of an unknown shape is shown as written.
 */
export function translateEvalError(message: string, lang: Lang): string {
  return translate(EVAL_ZH, message, lang);
}

/** What lossless-json found (`but got '}'`, `but reached end of input`), in Chinese. */
const GOT = "(?: but got '(.*)'| but reached end of input)";
const got = (c: string | undefined) => (c === undefined ? "，但输入已结束" : `，实际为 '${c}'`);

const JSON_ZH: Rule[] = [
  rule(`comma ',' expected after value${GOT}`, (_, c) => `值之后应为逗号 ','${got(c)}`),
  rule(`colon ':' expected after property name${GOT}`, (_, c) => `键名之后应为冒号 ':'${got(c)}`),
  rule(`JSON value expected${GOT}`, (_, c) => `应为一个值${got(c)}`),
  rule(`array item expected${GOT}`, (_, c) => `应为数组的一项${got(c)}`),
  rule(`expected end of input${GOT}`, (_, c) => `应到此结束${got(c)}`),
  rule(`invalid number '(.*)', expecting a digit${GOT}`, (_, n, c) => `数字 '${n}' 无效，应为数字字符${got(c)}`),
  rule(`end of string '"' expected${GOT}`, (_, c) => `应以 '"' 结束字符串${got(c)}`),
  rule(`quoted object key expected${GOT}`, (_, c) => `应为带引号的键名${got(c)}`),
  rule(`quoted object key or end of object '}' expected${GOT}`, (_, c) => `应为带引号的键名或对象的结尾 '}'${got(c)}`),
  rule(`array item or end of array ']' expected${GOT}`, (_, c) => `应为数组的一项或数组的结尾 ']'${got(c)}`),
  rule("duplicate key '(.*)' encountered", (_, k) => `键 '${k}' 重复`),
  rule("invalid character '(.*)'", (_, c) => `无效的字符 '${c}'`),
  rule("invalid escape character '(.*)'", (_, c) => `无效的转义字符 '${c}'`),
  rule("invalid unicode character '(.*)'", (_, c) => `无效的 Unicode 字符 '${c}'`),
  rule("object value expected after ':'", () => "':' 之后应为一个值"),
];

/**
 * What is wrong with malformed JSON, as the CLI words lossless-json's message (`comma ',' expected after value but
 * got '}'`, its position apart), in a language. A message of an unknown shape is shown as the parser wrote it.
 */
export function translateJsonError(message: string, lang: Lang): string {
  return translate(JSON_ZH, message, lang);
}

function translate(rules: Rule[], message: string, lang: Lang): string {
  if (lang === "en") return message;
  for (const [re, to] of rules) {
    const m = re.exec(message);
    if (m) return to(...(m as unknown as string[]));
  }
  return message;
}
