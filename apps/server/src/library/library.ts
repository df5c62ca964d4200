import type { LibraryIndex } from "@subsidia/ir";
import type { Related } from "@subsidia/runtime";
import { contentHash } from "../canonical-hash.js";
import type { LoadedPolicy } from "./loaded-policy.js";
import { loadPolicyDir, type LoadProblem } from "./load-policy-dir.js";

/** One consistent version of the library. Requests keep the snapshot they started with. */
export interface LibrarySnapshot {
  /** counts reloads: 1 for the library loaded at start */
  generation: number;
  loadedAt: string;
  policies: readonly LoadedPolicy[];
  byId: ReadonlyMap<string, LoadedPolicy>;
  /** the implementing rules and amendments, applied when in force on an applicant's date */
  related: Related;
  index: LibraryIndex;
}

export type ReloadOutcome =
  | { ok: true; snapshot: LibrarySnapshot; changed: boolean }
  | { ok: false; problems: LoadProblem[] };

/**
 * The library the service evaluates with. A reload is all or nothing: when any file has errors,
 * the previous snapshot stays in service (a half-saved edit never takes a policy offline) and the
 * problems are reported; otherwise the new snapshot replaces it for requests that start after.
 */
export class Library {
  #current: LibrarySnapshot | undefined;
  #problems: LoadProblem[] = [];

  constructor(readonly dir: string) {}

  get current(): LibrarySnapshot {
    if (!this.#current) throw new Error("the library is not loaded yet");
    return this.#current;
  }

  /** The problems of the last reload that failed, empty after one that succeeded. */
  get problems(): readonly LoadProblem[] {
    return this.#problems;
  }

  reload(): ReloadOutcome {
    const { policies, related, index, problems } = loadPolicyDir(this.dir);
    if (problems.length > 0) {
      this.#problems = problems;
      return { ok: false, problems };
    }
    this.#problems = [];
    const before = this.#current;
    const changed =
      !before ||
      before.policies.length !== policies.length ||
      before.policies.some((p, i) => p.hash !== policies[i]!.hash) ||
      contentHash(before.related) !== contentHash(related) ||
      contentHash(before.index) !== contentHash(index);
    if (!changed) return { ok: true, snapshot: before, changed };
    this.#current = {
      generation: (before?.generation ?? 0) + 1,
      loadedAt: new Date().toISOString(),
      policies,
      byId: new Map(policies.map((p) => [p.id, p])),
      related,
      index,
    };
    return { ok: true, snapshot: this.#current, changed };
  }
}
