import type { LoadedPolicy } from "../library/loaded-policy.js";
import type { DecisionDraft, DecisionEntry } from "./entry.js";

/** Where decisions are recorded. `append` resolves once the decision is durable, and rejects otherwise. */
export interface DecisionSink {
  /** `decisions.jsonl` or `postgresql://host/db`, for messages (never with a password) */
  readonly description: string;
  /**
   * Chains and records a decision, and the versions of the policies it names (content-addressed,
   * for replay), before it resolves; on any failure nothing of it is recorded and it rejects.
   */
  append(draft: DecisionDraft, policies: readonly LoadedPolicy[]): Promise<DecisionEntry>;
  /** the last decision recorded: its seq and hash (0 and null for an empty log) */
  head(): Promise<{ seq: number; hash: string | null }>;
  /** waits for the decisions in flight, then releases the log */
  close(): Promise<void>;
}

export interface Pending {
  draft: DecisionDraft;
  policies: readonly LoadedPolicy[];
}

/**
 * Group commit: decisions that arrive while a write is in progress are written together by the
 * next one (one fsync or one transaction for many). `commit` records the whole batch or nothing.
 */
export class GroupCommit {
  #queue: { item: Pending; resolve: (e: DecisionEntry) => void; reject: (e: unknown) => void }[] = [];
  #running: Promise<void> | undefined;

  constructor(
    private readonly commit: (batch: readonly Pending[]) => Promise<DecisionEntry[]>,
    private readonly maxBatch = 256,
  ) {}

  append(item: Pending): Promise<DecisionEntry> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#running ??= this.#loop();
    });
  }

  /** resolves when nothing is queued or being written */
  async drain(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #loop(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        const entries = await this.commit(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(entries[i]!));
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    this.#running = undefined;
  }
}
