import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * The canonical JSON of a value: RFC 8785 (JSON Canonicalization Scheme): object keys sorted by
 * UTF-16 code units, no white space, numbers and strings as ECMAScript serialises them.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("a value without a JSON form cannot be hashed");
  return text;
}

/** `sha256:` and the hex SHA-256 of the UTF-8 bytes of a text. */
export function sha256(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

/** The content hash of a JSON value: the SHA-256 of its canonical JSON (RFC 8785). */
export function contentHash(value: unknown): string {
  return sha256(canonicalJson(value));
}
