/**
 * The one hook between the interpreter and test coverage: as it evaluates, the
 * interpreter names each branch it takes by an IR node and a branch name. The
 * node is the IR object itself (a condition, a tier, a cap…), so coverage
 * (coverage-model.ts) can tell every branch of the policy from those taken.
 *
 * | node | branches |
 * |---|---|
 * | `policy.validity` | `in force`, `not in force` |
 * | a clause | `evaluated` |
 * | a `when` condition | `true`, `false` (an absent fact counts as false) |
 * | a tier of a tiers award | `reached` (the highest reached) |
 * | a tiers award | `none` (below the lowest tier) |
 * | a case of a lookup | `matched` |
 * | a lookup award | `otherwise`, `none` |
 * | a cap (per item or `cap total`) | `binds`, `does not bind` |
 * | an uplift | `applied`, `not applied` |
 * | an `if` expression | `then`, `else` |
 * | an argument of `min` / `max` | `chosen` (the argument is the result: where a ceiling or floor binds) |
 * | a lookup expression (a case, or the lookup for `otherwise`) | `matched`, `otherwise` |
 * | a cap across years (`cap … over lifetime`, `over N years`; per item or `cap total`) | `binds`, `does not bind` |
 * | a clause's `once` | `received before`, `not received before` |
 * | a clause's `less received` | `reduces`, `does not reduce` |
 * | a clause's `select …` | `marked` (an award subject to the selection) |
 * | an instalment of `pay …` | `payable` (its date known, on or before the policy's), `not yet payable` |
 * | an article's `exclusive` group, a clause's `one per` | `excludes` (one award kept, another excluded) |
 */
export type Probe = (node: object, branch: Branch) => void;

export type Branch =
  | "in force"
  | "not in force"
  | "evaluated"
  | "true"
  | "false"
  | "reached"
  | "none"
  | "matched"
  | "otherwise"
  | "binds"
  | "does not bind"
  | "applied"
  | "not applied"
  | "then"
  | "else"
  | "chosen"
  | "received before"
  | "not received before"
  | "reduces"
  | "does not reduce"
  | "marked"
  | "payable"
  | "not yet payable"
  | "excludes";

/** Records the branches taken: for each IR node, the names of its branches. */
export class BranchRecorder {
  private readonly taken = new WeakMap<object, Set<Branch>>();

  readonly probe: Probe = (node, branch) => {
    let set = this.taken.get(node);
    if (!set) this.taken.set(node, (set = new Set()));
    set.add(branch);
  };

  has(node: object, branch: Branch): boolean {
    return this.taken.get(node)?.has(branch) ?? false;
  }
}
