import type { Policy, Span } from "@subsidia/ir";
import { coverageModel } from "./coverage-model.js";
import { BranchRecorder } from "./coverage-probe.js";
import { runPolicyTests, type TestOutcome } from "./tests-runner.js";

/**
 * Test coverage of a policy: runs its embedded tests while the interpreter
 * reports each branch it takes, then lists, per clause, which branches the
 * tests exercised and which they missed. Plain JSON.
 */
export interface CoverageRow {
  /** `art4.platformConstruction`, `art12 cap total`, `validity` */
  name: string;
  article?: number | undefined;
  clause?: string | undefined;
  span?: Span | undefined;
  covered: number;
  total: number;
  /** the branches no test took: `when p.operating: false` */
  missed: { label: string; span?: Span | undefined }[];
  /**
   * The branches no test took inside an amount that awaits an implementing rule (a pending
   * parameter): out of reach of the policy's own tests, listed apart and not counted in `total`
   */
  pending: { label: string; param: string; span?: Span | undefined }[];
}

export interface Coverage {
  rows: CoverageRow[];
  covered: number;
  total: number;
  /** covered / total × 100 (100 when there is nothing to cover) */
  percent: number;
}

export interface CoverageRun {
  outcomes: TestOutcome[];
  coverage: Coverage;
}

/** Runs a policy's tests and measures which branches of its clauses they exercise. */
export function runPolicyTestsWithCoverage(policy: Policy): CoverageRun {
  const recorder = new BranchRecorder();
  const outcomes = runPolicyTests(policy, { probe: recorder.probe });
  const rows = coverageModel(policy).map((unit): CoverageRow => {
    const notTaken = unit.branches.filter((b) => !recorder.has(b.node, b.branch));
    const missed = notTaken
      .filter((b) => b.pending === undefined)
      .map((b) => ({ label: b.label, ...(b.span ? { span: b.span } : {}) }));
    const pending = notTaken.flatMap((b) =>
      b.pending === undefined ? [] : [{ label: b.label, param: b.pending, ...(b.span ? { span: b.span } : {}) }],
    );
    const counted = unit.branches.length - pending.length;
    return {
      name: unit.name,
      ...(unit.article !== undefined ? { article: unit.article } : {}),
      ...(unit.clause !== undefined ? { clause: unit.clause } : {}),
      ...(unit.span ? { span: unit.span } : {}),
      covered: counted - missed.length,
      total: counted,
      missed,
      pending,
    };
  });
  const covered = rows.reduce((s, r) => s + r.covered, 0);
  const total = rows.reduce((s, r) => s + r.total, 0);
  return { outcomes, coverage: { rows, covered, total, percent: total === 0 ? 100 : (covered / total) * 100 } };
}
