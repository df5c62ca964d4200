import type { Lang } from "./lang.js";
import { interpolate, type Params, type PerLang } from "./template.js";
import { OR } from "./words.js";

/**
 * The words of the decision service's commands (`serve`, `verify-log`, `replay`) in English and 简体中文; spread
 * into UI_EN and UI_ZH. @subsidia/server builds its findings and start-up errors from these keys in English (the
 * JSON reports and the decision log keep that English) and keeps the key and parameters beside the text, so the
 * CLI can print them in its language. The English texts are those the commands always printed: tests and
 * docs/service.md quote them. Paths, hashes, URLs and values stand in backticks or as given.
 */
export const UI_SERVICE_EN = {
  "serve.started": "subsidia serve: {n|policy|policies} from {dir}; {log}",
  "serve.decisionLog": "decision log {description}",
  "serve.noDecisionLog": "no decision log (--no-decision-log)",
  "serve.listening": "listening on {url}",
  "serve.draining": "{signal}: answering the requests in flight, then stopping",
  "serve.stopped": "stopped",
  "serve.reloaded": "policies reloaded (generation {generation}): {policies}",
  "serve.notReloaded": "policies not reloaded; still serving generation {generation}:\n{problems}",
  "serve.watchFailed": "watching {dir}: {detail}; reload by restarting the service",
  // start-up errors (ServerError)
  "server.mask": "--mask: {detail}",
  "server.cannotServe": "cannot serve `{dir}`:\n{problems}",
  "server.cannotListen": "cannot listen on {address}: {code}",
  "server.incompleteLine":
    "the decision log `{log}` ends with an incomplete line (a write cut short?); expected complete JSON lines: check it with `subsidia verify-log`",
  "server.lastNotJson": "the last line of the decision log `{log}` is not JSON; expected a decision",
  "server.lastNotHashed":
    "the last decision of `{log}` does not hash to its `hash`; expected an intact chain: check it with `subsidia verify-log`",
  "server.otherWriter":
    "`{log}` is written by another process (pid {pid}, see `{lock}`); expected one writer per file: several instances share a PostgreSQL decision log",
  "server.pgOpen": "cannot open the PostgreSQL decision log `{url}`: {detail}",
  "log.noSuchFile": "cannot read `{path}`: no such file",
  "log.cannotRead": "cannot read `{path}`: {detail}",
  "log.pgRead": "cannot read the PostgreSQL decision log `{url}`: {detail}",
  // where a finding is
  "where.end": "{source} (end)",
  "where.row": "row {n} (seq {seq})",
  // verify-log
  "verify.notObject": "not a JSON object; expected one decision per line",
  "verify.noHash": "no `hash`; expected the decision's SHA-256",
  "verify.edited": "its content does not hash to its `hash`: the line was edited after it was written",
  "verify.firstPrevHash": "`prev_hash` is {value}; expected null for the first decision: lines before it were deleted",
  "verify.prevHash":
    "`prev_hash` is not the hash of {where}: a line before it was deleted, inserted, moved or rewritten",
  "verify.seq": "`seq` is {value}; expected {expected}, the decision after the line before",
  "verify.noNewline": "the last line has no newline: a write was cut short or the file was cut",
  "verify.cutOff": "the last decision's hash is `{hash}`; expected `{expected}`: decisions after it were cut off",
  "verify.cutOffAbsent": "the last decision's hash is absent; expected `{expected}`: decisions after it were cut off",
  "verify.intact": "{source}: {n|decision|decisions}, chain intact{head}",
  "verify.problems": "{source}: {problems|problem|problems} in {n|decision|decisions}{head}",
  "verify.head": "; head seq {seq} {hash}",
  // replay
  "replay.notKept": "policy `{id}` version `{hash}` is not kept in the policy store",
  "replay.storedNotJson": "the stored version `{hash}` of `{id}` is not JSON",
  "replay.storeChanged": "the stored version of `{id}` does not hash to `{hash}`: the policy store was changed",
  "replay.notIr": "the stored version of `{id}` is not IR this engine reads: {detail}",
  "replay.invalidIr": "the stored version of `{id}` is not valid IR: {detail}",
  "replay.notJson": "not JSON; expected one decision per line",
  "replay.noPolicy": "names no policy; expected `policies`",
  "replay.unknownKind": "cannot replay: unknown decision kind {kind}{note}",
  "replay.rejected": "cannot replay: the input is now rejected ({kind}): {error}{note}",
  "replay.differs": "the result differs at `{path}`: logged {logged}, replayed {replayed}{note}",
  "replay.masked": " (the input was masked at {paths}: that may be why)",
  "replay.summary": "{source}: {replayed} of {n|decision|decisions} replayed to the logged result{differences}",
  "replay.differences": "; {n|difference|differences}",
} as const;

export const UI_SERVICE_ZH: Record<keyof typeof UI_SERVICE_EN, string> = {
  "serve.started": "`subsidia serve`：{n} 项政策，来自 {dir}；{log}",
  "serve.decisionLog": "决策日志 {description}",
  "serve.noDecisionLog": "不记录决策（`--no-decision-log`）",
  "serve.listening": "正在监听 {url}",
  "serve.draining": "`{signal}`：先答复处理中的请求，然后停止",
  "serve.stopped": "已停止",
  "serve.reloaded": "政策已重新加载（第 {generation} 代）：{policies}",
  "serve.notReloaded": "政策未重新加载；仍在提供第 {generation} 代：\n{problems}",
  "serve.watchFailed": "监视 {dir} 失败：{detail}；请重启服务以重新加载",
  "server.mask": "`--mask`：{detail}",
  "server.cannotServe": "无法提供 `{dir}`：\n{problems}",
  "server.cannotListen": "无法监听 `{address}`：`{code}`",
  "server.incompleteLine":
    "决策日志 `{log}` 以不完整的一行结尾（写入被中断？）；应为完整的 JSON 行：请用 `subsidia verify-log` 检查",
  "server.lastNotJson": "决策日志 `{log}` 的最后一行不是 JSON；应为一条决策",
  "server.lastNotHashed": "`{log}` 的最后一条决策与其 `hash` 不符；链应完整：请用 `subsidia verify-log` 检查",
  "server.otherWriter":
    "`{log}` 正由另一进程写入（进程号 {pid}，见 `{lock}`）；每个文件只能有一个写入者：多个实例请共用 `PostgreSQL` 决策日志",
  "server.pgOpen": "无法打开 `PostgreSQL` 决策日志 `{url}`：{detail}",
  "log.noSuchFile": "无法读取 `{path}`：文件不存在",
  "log.cannotRead": "无法读取 `{path}`：{detail}",
  "log.pgRead": "无法读取 `PostgreSQL` 决策日志 `{url}`：{detail}",
  "where.end": "{source}（末尾）",
  "where.row": "第 {n} 行（`seq` {seq}）",
  "verify.notObject": "不是 JSON 对象；每行应为一条决策",
  "verify.noHash": "缺少 `hash`；应为该决策的 `SHA-256` 哈希",
  "verify.edited": "内容与其 `hash` 不符：该行写入后被修改过",
  "verify.firstPrevHash": "`prev_hash` 为 `{value}`；第一条决策应为 `null`：其前的行已被删除",
  "verify.prevHash": "`prev_hash` 不是 {where} 的哈希：其前有一行被删除、插入、移动或改写",
  "verify.seq": "`seq` 为 `{value}`；应为 {expected}，即上一行之后的决策",
  "verify.noNewline": "最后一行没有换行符：写入被中断，或文件被截断",
  "verify.cutOff": "最后一条决策的哈希为 `{hash}`；应为 `{expected}`：其后的决策已被截去",
  "verify.cutOffAbsent": "没有最后一条决策的哈希；应为 `{expected}`：其后的决策已被截去",
  "verify.intact": "{source}：{n} 条决策，链完整{head}",
  "verify.problems": "{source}：{n} 条决策中有 {problems} 个问题{head}",
  "verify.head": "；末条 `seq` {seq} {hash}",
  "replay.notKept": "政策 `{id}` 的版本 `{hash}` 未保存在政策库中",
  "replay.storedNotJson": "`{id}` 保存的版本 `{hash}` 不是 JSON",
  "replay.storeChanged": "`{id}` 保存的版本与 `{hash}` 不符：政策库被改动过",
  "replay.notIr": "`{id}` 保存的版本不是本引擎可读的中间表示：{detail}",
  "replay.invalidIr": "`{id}` 保存的版本不是有效的中间表示：{detail}",
  "replay.notJson": "不是 JSON；每行应为一条决策",
  "replay.noPolicy": "未指明政策；应有 `policies`",
  "replay.unknownKind": "无法重放：未知的决策类型 {kind}{note}",
  "replay.rejected": "无法重放：输入现被拒绝（`{kind}`）：{error}{note}",
  "replay.differs": "结果在 `{path}` 处不同：日志为 {logged}，重放为 {replayed}{note}",
  "replay.masked": "（输入在 {paths} 处已脱敏：可能因此不同）",
  "replay.summary": "{source}：{n} 条决策中 {replayed} 条重放结果与日志一致{differences}",
  "replay.differences": "；{n} 处不同",
};

export type ServiceKey = keyof typeof UI_SERVICE_EN;

/** A message of the decision service's catalogue, as the server keeps it: the key and its parameters. */
export interface ServiceMessage {
  key: ServiceKey;
  params: Params;
}

const SERVICE: PerLang<Readonly<Record<ServiceKey, string>>> = { en: UI_SERVICE_EN, zh: UI_SERVICE_ZH };

/** A message of the decision service in a language; keys reach it from data (a finding), so it is loosely typed. */
export function serviceMessage(lang: Lang, key: ServiceKey, params: Params = {}): string {
  return interpolate(SERVICE[lang][key], params, { terms: {}, or: OR[lang] });
}
