import type { Span } from "@subsidia/ir";
import type { MessageId, MessageParams } from "@subsidia/syntax";

/** Reports one finding of the static checks at an IR span (analysis.ts adds the file and tidies the quoted source). */
export type Report = <Id extends MessageId>(id: Id, span: Span, params: MessageParams<Id>) => void;
