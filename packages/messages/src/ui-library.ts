/**
 * The labels of the library's commands (`eval --with`, `match`, `library`), in English and 简体中文;
 * spread into UI_EN and UI_ZH.
 */
export const UI_LIBRARY_EN = {
  "library.applied": "Implementing rules and amendments applied on {date}:",
  "library.fills": "  {param} = {value}: {title} ({id}){issuer}",
  "library.supersedes": "    the later rule; supersedes {ids}",
  "library.amended": "  article {article} {clause}: as amended by {title} ({id}), in force {from} to {to}",
  "library.added": "  article {article} {clause}: added by {title} ({id}), in force {from} to {to}",
  "library.noneApplied": "No implementing rule or amendment in force on {date}.",
  "match.title": "What the applicant gets from {count} policies of the library, largest first",
  "match.on": "Applying on {date}.",
  "match.award": "{amount} {basis} · {policy} art. {article} {clause}{item} · {title}",
  "match.pending": "Pending (eligible; the amount awaits implementing rules):",
  "match.pendingItem": "  {policy} art. {article} {clause}{item}: {reason}",
  "match.notInForce": "Not in force on the applicant's date: {ids}",
  "match.skipped": "Not evaluated (the facts do not fit):",
  "match.skippedItem": "  {policy}: {reasons}",
  "match.total": "Total due {total}; with up-to amounts {upToTotal}",
  "match.none": "No award from any policy.",
  "library.entry": "{kind} {id} · {level}{validity}{of}",
} as const;

export const UI_LIBRARY_ZH: Record<keyof typeof UI_LIBRARY_EN, string> = {
  "library.applied": "{date} 适用的实施细则和修订：",
  "library.fills": "  {param} = {value}：{title}（{id}）{issuer}",
  "library.supersedes": "    适用较新的细则，取代 {ids}",
  "library.amended": "  第 {article} 条 {clause}：按 {title}（{id}）修订，有效期 {from} 至 {to}",
  "library.added": "  第 {article} 条 {clause}：由 {title}（{id}）新增，有效期 {from} 至 {to}",
  "library.noneApplied": "{date} 没有有效的实施细则或修订。",
  "match.title": "申请人可从政策库 {count} 项政策获得的支持，按金额从高到低",
  "match.on": "申请日期 {date}。",
  "match.award": "{amount} {basis} · {policy} 第 {article} 条 {clause}{item} · {title}",
  "match.pending": "待定（符合条件；金额待实施细则确定）：",
  "match.pendingItem": "  {policy} 第 {article} 条 {clause}{item}：{reason}",
  "match.notInForce": "申请日期不在有效期内：{ids}",
  "match.skipped": "未计算（事实不符合）：",
  "match.skippedItem": "  {policy}：{reasons}",
  "match.total": "应付合计 {total}；含最高额 {upToTotal}",
  "match.none": "没有任何政策给予支持。",
  "library.entry": "{kind} {id} · {level}{validity}{of}",
};
