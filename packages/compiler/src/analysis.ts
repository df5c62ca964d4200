import type { Policy } from "@subsidia/ir";
import type { Context } from "./context.js";

/** Exact comparison of two decimal strings. */
function cmpDecimal(a: string, b: string): number {
  const scale = (s: string) => {
    const [i = "0", f = ""] = s.split(".");
    return BigInt(i + f.padEnd(12, "0").slice(0, 12));
  };
  const d = scale(a) - scale(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** Static checks on compiled clauses: tier order, uplift order where caps make it matter. */
export function analyse(ctx: Context, policy: Policy, pos: (span: Policy["span"]) => Parameters<Context["report"]>[1]): void {
  for (const article of policy.articles) {
    for (const c of article.clauses) {
      for (const u of c.uplifts) {
        if (!u.orderStated && c.caps.length > 0) {
          ctx.report("A001", pos(u.span), `uplift in clause \`${c.id}\` does not say whether it applies before or after the cap; it applies after; write \`before cap\` or \`after cap\``);
        }
      }
      const a = c.award;
      if (a?.kind !== "tiers") continue;
      for (let i = 1; i < a.tiers.length; i++) {
        const [prev, cur] = [a.tiers[i - 1]!, a.tiers[i]!];
        if (prev.atLeast.k !== "lit" || cur.atLeast.k !== "lit") continue;
        if (cmpDecimal(String(cur.atLeast.value), String(prev.atLeast.value)) <= 0) {
          ctx.report("A005", pos(cur.span), `tier thresholds must ascend; \`${cur.atLeast.src}\` is not above \`${prev.atLeast.src}\``);
        } else if (prev.amount.k === "lit" && cur.amount.k === "lit" && cmpDecimal(String(cur.amount.value), String(prev.amount.value)) < 0) {
          ctx.report("A006", pos(cur.span), `tier \`at least ${cur.atLeast.src}\` pays \`${cur.amount.src}\`, less than the lower tier's \`${prev.amount.src}\``);
        }
      }
    }
  }
}
