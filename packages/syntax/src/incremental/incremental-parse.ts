import type { IToken } from "chevrotain";
import type { Header, Item, PolicyFile } from "../ast.js";
import { fileToAst } from "../cst-to-ast.js";
import type { Diagnostic } from "../diagnostics.js";
import { lex, type LexResult } from "../lex.js";
import { checkExpressionDepth, checkOperatorChains } from "../expression-depth.js";
import { MAX_TEXT_LENGTH, TooManyErrors } from "../limits.js";
import { checkNesting } from "../nesting.js";
import { onePerPosition, parse, type ParseResult } from "../parse.js";
import { toDiagnostic } from "../parse-errors.js";
import { diffTokens, diffText } from "./diff.js";
import { packed, relex } from "./relex.js";
import { collectSpans, moveSpans, shiftSpans, type MovableSpan, type Shift } from "./shift.js";
import { trackingParser, type Arrival } from "./tracking-parser.js";

/** The items after an edit, carried over from the previous result and moved by `by` (in place). */
export interface Moved {
  items: ReadonlySet<Item>;
  by: Shift;
}

/**
 * The result shares the items an edit left alone with the previous result, and
 * moves those after the edit in place: a result is valid until the next call.
 */
export interface IncrementalParseResult extends ParseResult {
  /** the items moved since the previous result (the others it shares are unchanged) */
  moved: Moved;
}

export interface IncrementalParser {
  /** Parses the file's new text: the same AST and diagnostics as `parse(text, file)`. */
  parse(text: string): IncrementalParseResult;
}

interface State {
  text: string;
  lexed: LexResult;
  tokens: IToken[];
  arrivals: Arrival[];
  /** parse errors as diagnostics, in the order the parser reported them */
  errors: Diagnostic[];
  header: Header | undefined;
  items: Item[];
  result: IncrementalParseResult;
}

/**
 * Parses successive versions of one file, re-reading only what an edit can
 * have changed. The text is lexed whole (a millisecond for the flagship); the
 * parse starts at the last top-level item (input, param, article or test) that
 * the edit cannot have changed and stops at the first one after the edit that
 * the parser reaches as it did before; the items before and after are reused,
 * those after moved by the edit's length. The result is the one `parse` gives,
 * exactly (a property test checks random edits of the flagship against it).
 */
export function createIncrementalParser(file: string): IncrementalParser {
  let state: State | undefined;
  return {
    parse(text: string): IncrementalParseResult {
      if (state && state.text === text) return state.result;
      state = reparse(file, text, state);
      // a text the parser refuses (too large, too deep, too many errors) is parsed as `parse` does, and the next
      // one from scratch
      return state ? state.result : { ...parse(text, file), moved: NOTHING_MOVED };
    },
  };
}

function reparse(file: string, text: string, old: State | undefined): State | undefined {
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  const edit = old && diffText(old.text, text);
  const oldCount = old?.tokens.length ?? 0;
  // relexing changes the old tokens in place (diffing leaves them)
  const relexed = old && edit ? relex(old.text, old.lexed, text, edit, file) : undefined;
  const lexed = relexed?.lexed ?? wholeText(text, file);
  if (checkNesting(lexed.tokens, file) !== undefined || checkOperatorChains(lexed.tokens, file) !== undefined)
    return undefined;
  const tokens = lexed.tokens;
  const changes = relexed ?? (old && edit ? diffTokens(old.tokens, tokens, edit) : undefined);
  const plan =
    old && edit && changes
      ? planReparse(old, oldCount, tokens, changes, edit.newEnd)
      : { start: 0, peek: -1, errors: 0, targets: new Map<number, Arrival>() };
  let run: ReturnType<ReturnType<typeof trackingParser>["run"]>;
  try {
    run = trackingParser().run(tokens, plan.start, new Set(plan.targets.keys()), plan.peek);
  } catch (e) {
    if (!(e instanceof RangeError) && !(e instanceof TooManyErrors)) throw e;
    return undefined;
  }
  const read = fileToAst(file, run.cst, [], text);
  const before = old && plan.start > 0 ? old.arrivals.filter((a) => a.token <= plan.start) : [];
  const startOffset = tokens[plan.start]?.startOffset ?? 0;
  const prefix = old && plan.start > 0 ? old.items.filter((i) => i.span.offset < startOffset) : [];
  const errors = [
    ...(old ? old.errors.slice(0, plan.errors) : []),
    ...run.errors.map((e) => toDiagnostic(e, text, file)),
  ];
  const arrivals = [...before, ...run.arrivals.map((a) => ({ ...a, errors: a.errors + plan.errors }))];
  let moved = NOTHING_MOVED;
  let tail: Item[] = [];
  const from = plan.targets.get(run.stoppedAt);
  if (old && from) {
    const now = tokens[run.stoppedAt]!;
    const by: Shift = relexed?.by ?? movedBy(old.tokens[from.token]!, now);
    const tokenShift = run.stoppedAt - from.token;
    tail = old.items.filter((i) => i.span.offset >= now.startOffset - by.offset);
    const oldErrors = old.errors.slice(from.errors);
    for (const item of tail) moveSpans(spansOf(item), by);
    shiftSpans(oldErrors, by);
    moved = { items: new Set(tail), by };
    const errorShift = errors.length - from.errors;
    errors.push(...oldErrors);
    arrivals.push({ token: run.stoppedAt, errors: from.errors + errorShift, maxPeek: run.maxPeek });
    for (const a of old.arrivals) {
      if (a.token <= from.token) continue;
      arrivals.push({
        token: a.token + tokenShift,
        errors: a.errors + errorShift,
        maxPeek: Math.max(run.maxPeek, a.maxPeek + tokenShift),
      });
    }
  }
  const header = old && plan.start > 0 ? old.header : read.header;
  const items = [...prefix, ...read.items, ...tail];
  const ast: PolicyFile = {
    kind: "File",
    header,
    items,
    comments: lexed.comments,
    span: { file, line: 1, column: 1, offset: 0, length: text.length },
  };
  if (checkExpressionDepth(ast, tokens, file) !== undefined) return undefined;
  const diagnostics = onePerPosition([...lexed.diagnostics, ...errors]);
  return { text, lexed, tokens, arrivals, errors, header, items, result: { ast, diagnostics, moved } };
}

/** How far a token moved between two lexings (old tokens are left as they were when the whole text is lexed). */
function movedBy(was: IToken, now: IToken): Shift {
  return { offset: now.startOffset - was.startOffset, line: (now.startLine ?? 0) - (was.startLine ?? 0) };
}

function wholeText(text: string, file: string): LexResult {
  const lexed = lex(text, file);
  return { ...lexed, tokens: packed(lexed.tokens) };
}

const NOTHING_MOVED: Moved = { items: new Set(), by: { offset: 0, line: 0 } };

/** The spans of each item, collected the first time it moves. */
const itemSpans = new WeakMap<Item, MovableSpan[]>();

function spansOf(item: Item): MovableSpan[] {
  let spans = itemSpans.get(item);
  if (spans === undefined) itemSpans.set(item, (spans = collectSpans([item])));
  return spans;
}

interface Plan {
  /** token to start parsing at: 0 or an arrival's */
  start: number;
  /** the furthest token looked at before `start` */
  peek: number;
  /** parse errors reported before `start` */
  errors: number;
  /** new token index → the previous parse's arrival there */
  targets: Map<number, Arrival>;
}

/** Where to start and where the parse may stop, from the tokens the edit changed. */
function planReparse(
  old: State,
  oldCount: number,
  tokens: IToken[],
  { firstChanged, sameTail }: { firstChanged: number; sameTail: number },
  newEnd: number,
): Plan {
  let start: Arrival = { token: 0, errors: 0, maxPeek: -1 };
  for (const a of old.arrivals) {
    if (a.token < firstChanged && a.maxPeek < firstChanged) start = a;
    if (a.token >= firstChanged) break;
  }
  const targets = new Map<number, Arrival>();
  const tokenShift = tokens.length - oldCount;
  for (const a of old.arrivals) {
    if (a.token < oldCount - sameTail) continue;
    const j = a.token + tokenShift;
    const t = tokens[j];
    // from the start of the item's line on, the text is as before: its columns are too
    if (j > start.token && t && t.startOffset - (t.startColumn ?? 1) + 1 > newEnd) targets.set(j, a);
  }
  return { start: start.token, peek: start.maxPeek, errors: start.errors, targets };
}
