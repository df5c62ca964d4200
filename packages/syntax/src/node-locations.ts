import type { IToken } from "chevrotain";

/**
 * The locations of CST nodes built from tokens that carry only their start (the lexer's
 * `positionTracking: "onlyStart"`: three fields fewer on each of a large file's tens of
 * thousands of tokens, which are all alive during its parse). A node keeps where it starts
 * (offset, line, column) and the offset of its last character, which is all `nodeSpan` and
 * the incremental parser read; the end of a token is its start plus its image. A token
 * inserted by recovery has no position (NaN) and leaves the node as it was, as in Chevrotain's
 * own "full" tracking.
 */
interface Location {
  startOffset: number;
  startLine: number;
  startColumn: number;
  endOffset: number;
}

interface TreeBuilder {
  setInitialNodeLocation: (node: { location?: Location }) => void;
  setNodeLocationFromToken: (location: Location, token: IToken) => void;
  setNodeLocationFromNode: (location: Location, child: Location) => void;
}

/** The offset of a token's last character. */
export const tokenEnd = (token: IToken): number => token.startOffset + token.image.length - 1;

function fromToken(location: Location, token: IToken): void {
  if (Number.isNaN(location.startOffset)) {
    location.startOffset = token.startOffset;
    location.startLine = token.startLine ?? Number.NaN;
    location.startColumn = token.startColumn ?? Number.NaN;
    location.endOffset = tokenEnd(token);
  } else if (location.endOffset < tokenEnd(token)) location.endOffset = tokenEnd(token);
}

function fromNode(location: Location, child: Location): void {
  if (Number.isNaN(location.startOffset)) {
    location.startOffset = child.startOffset;
    location.startLine = child.startLine;
    location.startColumn = child.startColumn;
    location.endOffset = child.endOffset;
  } else if (location.endOffset < child.endOffset) location.endOffset = child.endOffset;
}

function initial(node: { location?: Location }): void {
  node.location = { startOffset: Number.NaN, startLine: Number.NaN, startColumn: Number.NaN, endOffset: Number.NaN };
}

/** Replaces a recovering parser's "full" node location tracking by the one above. */
export function trackStartAndEndOffset(parser: object): void {
  const builder = parser as TreeBuilder;
  builder.setInitialNodeLocation = initial;
  builder.setNodeLocationFromToken = fromToken;
  builder.setNodeLocationFromNode = fromNode;
}
