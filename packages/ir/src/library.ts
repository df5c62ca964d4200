import { z } from "zod";
import { Clause } from "./clause.js";
import { Article, Param } from "./policy.js";
import { IsoDate, Span } from "./span.js";
import { InputField } from "./types.js";

/**
 * The documents of a library besides policies (docs/library.md). They are compiled against
 * the policy they name and carry the same `irVersion`. A window `{ from, to }` is inclusive
 * and is matched against the policy's date fact (`dateInput`, `applicationDate` in the flagship).
 */
const Window = z.object({ from: IsoDate, to: IsoDate, span: Span });

/** Who issued a document, when, and what it is called: what an explanation cites. */
const Issuance = {
  id: z.string(),
  title: z.string(),
  issuer: z.string().optional(),
  issued: IsoDate.optional(),
  source: z.string().optional(),
  file: z.string().optional(),
};

/**
 * `rule "id" implements "policy" { … }`: an implementing rule (实施细则) that fills some of the
 * policy's pending parameters, and only those, while it is in force.
 */
export const ImplementingRule = z.object({
  kind: z.literal("rule"),
  ...Issuance,
  implements: z.string(),
  validity: Window,
  /** the parameters filled: dated values as in a policy; `doc` is the rule's cited text for the value */
  fills: z.array(Param),
  span: Span,
});
export type ImplementingRule = z.infer<typeof ImplementingRule>;

/** `remove article 9 "…"` (no clause) or `remove clause name of article 4 "…"` */
export const Removal = z.object({
  article: z.number().int(),
  clause: z.string().optional(),
  text: z.string().optional(),
  span: Span,
});
export type Removal = z.infer<typeof Removal>;

/**
 * `amendment "id" amends "policy" { … }`: new versions of named clauses (same article, same clause
 * id), new values of parameters, added articles, inputs and parameters, removed articles and clauses, for applications whose date falls in the window. Before and
 * after it the policy's own version applies, which is how "此前已受理的申请按原标准执行" is written.
 */
export const Amendment = z.object({
  kind: z.literal("amendment"),
  ...Issuance,
  amends: z.string(),
  validity: Window.extend({ dateInput: z.string() }),
  clauses: z.array(z.object({ article: z.number().int(), clause: Clause })),
  /** new values of parameters of the policy while it is in force (dated values allowed); `doc` cites the amendment */
  params: z.array(Param).optional(),
  /** articles the policy does not have, in force only while the amendment is (`new article`) */
  articles: z.array(Article).optional(),
  /** inputs the policy does not declare (`new input`): required facts while the amendment is in force, optional before and after */
  inputs: z.array(InputField).optional(),
  /** parameters the policy does not declare (`new param`), in force only while the amendment is; `doc` cites the amendment */
  addedParams: z.array(Param).optional(),
  /** articles and clauses that do not apply while the amendment is in force (`remove`); `text` is the amendment's sentence */
  removed: z.array(Removal).optional(),
  span: Span,
});
export type Amendment = z.infer<typeof Amendment>;

/** The levels of government a policy can be issued at. */
export const Level = z.enum(["national", "provincial", "city", "county", "unspecified"]);
export type Level = z.infer<typeof Level>;

/** One document of a library's index: what the CLI, the SDK, the service and the playground list. */
export const IndexEntry = z.object({
  id: z.string(),
  kind: z.enum(["policy", "rule", "amendment", "vocabulary"]),
  file: z.string(),
  title: z.string(),
  issuer: z.string().optional(),
  level: Level,
  validity: z.object({ from: IsoDate, to: IsoDate }).optional(),
  /** a rule: the policy it implements; an amendment: the policy it amends */
  of: z.string().optional(),
  /** a policy: the vocabularies it uses */
  uses: z.array(z.string()).optional(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

export const LibraryIndex = z.object({ entries: z.array(IndexEntry) });
export type LibraryIndex = z.infer<typeof LibraryIndex>;

/**
 * The order in which implementing rules take precedence where their windows overlap: the later
 * issued applies (后法优于前法), then the later window start, then the id. Sorting by it puts
 * the rule that applies last.
 */
export function rulePrecedence(a: ImplementingRule, b: ImplementingRule): number {
  const issued = (r: ImplementingRule) => r.issued ?? r.validity.from;
  return (
    issued(a).localeCompare(issued(b)) || a.validity.from.localeCompare(b.validity.from) || a.id.localeCompare(b.id)
  );
}
