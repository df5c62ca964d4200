import type { Amendment, Param, Policy } from "@subsidia/ir";

/** The amendment that changed a policy, as a report names it. */
export interface AmendmentRef {
  id: string;
  title: string;
  issuer?: string;
  from: string;
  to: string;
}

/** An article, or a clause of one, that an amendment in force removes (`remove`), so nothing pays by it that day. */
export interface RemovedPart {
  article: number;
  /** absent: the whole article */
  clause?: string;
  /** the removed article's or clause's title, as the policy has it */
  title?: string;
  /** the amendment's sentence (`remove clause x of article 6 "…"`) */
  text?: string;
  amendment: AmendmentRef;
}

/** An input (`new input`) or a parameter (`new param`) that an amendment in force adds to the policy. */
export type AddedPart =
  | { kind: "input"; name: string; doc?: string; amendment: AmendmentRef }
  | { kind: "param"; name: string; value: string; text?: string; amendment: AmendmentRef };

export function amendmentRef(a: Amendment): AmendmentRef {
  const { from, to } = a.validity;
  return { id: a.id, title: a.title, ...(a.issuer !== undefined ? { issuer: a.issuer } : {}), from, to };
}

/** A parameter's values as written (`2.8%, 2.6% from 2027-01-01`). */
export function valueText(values: Param["values"]): string {
  return values.map((v) => `${v.value.src ?? ""}${v.from ? ` from ${v.from}` : ""}`).join(", ");
}

/** What an amendment in force removes from the policy, each with the policy's title of it and the amendment's sentence. */
export function removedBy(policy: Policy, a: Amendment): RemovedPart[] {
  const amendment = amendmentRef(a);
  return (a.removed ?? []).map((r) => {
    const article = policy.articles.find((x) => x.number === r.article);
    const title = r.clause === undefined ? article?.title : article?.clauses.find((c) => c.id === r.clause)?.title;
    return {
      article: r.article,
      ...(r.clause !== undefined ? { clause: r.clause } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(r.text !== undefined ? { text: r.text } : {}),
      amendment,
    };
  });
}

/** The inputs and parameters an amendment in force adds, in its order: inputs first. */
export function addedBy(a: Amendment): AddedPart[] {
  const amendment = amendmentRef(a);
  return [
    ...(a.inputs ?? []).map((f) => ({
      kind: "input" as const,
      name: f.name,
      ...(f.doc !== undefined ? { doc: f.doc } : {}),
      amendment,
    })),
    ...(a.addedParams ?? []).map((p) => ({
      kind: "param" as const,
      name: p.name,
      value: valueText(p.values),
      ...(p.doc !== undefined ? { text: p.doc } : {}),
      amendment,
    })),
  ];
}
