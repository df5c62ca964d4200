import type { CstNode, IRecognitionException, IToken, TokenType } from "chevrotain";
import { SubsidiaParser } from "../parser.js";
import { tokenEnd } from "../node-locations.js";
import { Kw } from "../tokens.js";

/**
 * The parser, watching where it stands between top-level items, so that a later
 * parse can start at one of those places and stop at another (see
 * incremental-parse.ts).
 *
 * At the start of each top-level item the parser is in one state: in the file's
 * loop of items, the previous item done, about to look at the item's keyword.
 * From there it reads the same whatever came before, so a parse may resume at
 * that token (`start`). An *arrival* records such a place, with the errors reported
 * before it and the furthest token looked at before it: a later edit from that
 * token on leaves everything before the arrival as it was. A parse given `targets`
 * stops when it arrives at one of them, keeping the items read so far.
 *
 * It reads three members of Chevrotain 11's recognizer that its API does not
 * publish (`currIdx`, `RULE_STACK_IDX`, `CST_STACK`), as recovery.ts does: keep
 * the version pinned; the property test of the incremental parse fails if they
 * change meaning.
 */

export interface Arrival {
  /** index of the item's first token */
  token: number;
  /** parse errors reported before it */
  errors: number;
  /** the furthest token index looked at before it */
  maxPeek: number;
}

interface Internals {
  currIdx: number;
  RULE_STACK_IDX: number;
  CST_STACK: CstNode[];
}

const ITEM_STARTS: ReadonlySet<TokenType> = new Set([Kw.input, Kw.param, Kw.article, Kw.test]);

/** Thrown (and caught by `run`) when the parse arrives at a target. */
const STOP = new Error("incremental parse reached a target");

export interface TrackedParse {
  /** the file's CST: complete, or up to the target the parse stopped at */
  cst: CstNode | undefined;
  errors: IRecognitionException[];
  arrivals: Arrival[];
  /** the target arrived at, or -1 when the parse read to the end */
  stoppedAt: number;
  /** the furthest token looked at before stopping (or before the end) */
  maxPeek: number;
}

interface Stopped {
  at: number;
  cst: CstNode | undefined;
  errors: IRecognitionException[];
}

export class TrackingParser extends SubsidiaParser {
  private tokensIn: IToken[] = [];
  private start = 0;
  private targets: ReadonlySet<number> = new Set();
  private arrivals: Arrival[] = [];
  private lastArrival = -1;
  private peek = -1;
  private abandoned = false;
  private stopped: Stopped | undefined;

  /**
   * Parses `tokens` from index `start` (0, or the token of an arrival) as the
   * file rule would, until the end or a target. `peek` is the furthest token
   * looked at before `start`.
   */
  run(tokens: IToken[], start: number, targets: ReadonlySet<number>, peek: number): TrackedParse {
    this.input = tokens;
    (this as unknown as Internals).currIdx = start - 1;
    this.tokensIn = tokens;
    this.start = start;
    this.targets = targets;
    this.arrivals = [];
    this.lastArrival = start;
    this.peek = peek;
    this.abandoned = false;
    this.stopped = undefined;
    let cst: CstNode | undefined;
    try {
      cst = this.file();
    } catch (e) {
      if (e !== STOP) throw e;
    }
    // set by `observe` during the parse
    const stopped = this.stopped as Stopped | undefined;
    const result: TrackedParse = stopped
      ? { cst: stopped.cst, errors: stopped.errors, arrivals: this.arrivals, stoppedAt: stopped.at, maxPeek: this.peek }
      : { cst, errors: this.errors, arrivals: this.arrivals, stoppedAt: -1, maxPeek: this.peek };
    this.tokensIn = [];
    return result;
  }

  protected override LA(howMuch: number): IToken {
    if (this.stopped === undefined) this.observe(howMuch);
    return super.LA(howMuch);
  }

  protected override LA_FAST(howMuch: number): IToken {
    if (this.stopped === undefined) this.observe(howMuch);
    return super.LA_FAST(howMuch);
  }

  /** An error that reached the file rule: it skips to the end, no item starts after it. */
  invokeRuleCatch(e: unknown, resync: boolean, recoveryValue: (e: unknown) => unknown): unknown {
    if ((this as unknown as Internals).RULE_STACK_IDX === 0) this.abandoned = true;
    return (
      SubsidiaParser.prototype as unknown as {
        invokeRuleCatch: (e: unknown, r: boolean, v: (e: unknown) => unknown) => unknown;
      }
    ).invokeRuleCatch.call(this, e, resync, recoveryValue);
  }

  private observe(howMuch: number): void {
    const self = this as unknown as Internals;
    const at = self.currIdx + howMuch;
    if (howMuch === 1 && at > this.lastArrival && self.RULE_STACK_IDX === 0 && !this.abandoned && this.arrives(at)) {
      this.lastArrival = at;
      if (this.targets.has(at)) {
        this.stopped = { at, cst: self.CST_STACK[0], errors: this.errors };
        throw STOP;
      }
      this.arrivals.push({ token: at, errors: this.errors.length, maxPeek: this.peek });
    }
    if (at > this.peek) this.peek = at;
  }

  /**
   * The file rule looks at the first token of an item, and the items read so far
   * end just before it: the loop of items is about to start the next one (not
   * skipping tokens after an error, which leaves a gap).
   */
  private arrives(at: number): boolean {
    const token = this.tokensIn[at];
    if (token === undefined || !ITEM_STARTS.has(token.tokenType)) return false;
    const end = (this as unknown as Internals).CST_STACK[0]?.location?.endOffset;
    const previous = this.tokensIn[at - 1];
    return previous !== undefined && end === tokenEnd(previous) && at - 1 >= this.start;
  }
}

let instance: TrackingParser | undefined;

/** The one tracking parser, built on first use (building a parser analyses the grammar). */
export function trackingParser(): TrackingParser {
  instance ??= new TrackingParser();
  return instance;
}
