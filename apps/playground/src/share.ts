/**
 * A shared link carries the policy text and the facts in the URL's hash,
 * deflated (the browser's CompressionStream) and base64url-encoded:
 * `#s=…`. Nothing is sent to a server; opening the link restores both.
 */
export interface Shared {
  policy: string;
  facts: Record<string, unknown>;
  /** the menu entry the policy came from, if any */
  path?: string | undefined;
}

const PREFIX = "#s=";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export async function encodeShare(shared: Shared): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, p: shared.policy, f: shared.facts, n: shared.path }));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** The shared policy and facts of a URL hash; null when the hash holds none; throws when it is damaged. */
export async function decodeShare(hash: string): Promise<Shared | null> {
  if (!hash.startsWith(PREFIX)) return null;
  const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
  const data = JSON.parse(new TextDecoder().decode(bytes)) as { v?: number; p?: unknown; f?: unknown; n?: unknown };
  if (
    data.v !== 1 ||
    typeof data.p !== "string" ||
    typeof data.f !== "object" ||
    data.f === null ||
    Array.isArray(data.f)
  ) {
    throw new Error("the link does not hold a policy and facts");
  }
  return {
    policy: data.p,
    facts: data.f as Record<string, unknown>,
    path: typeof data.n === "string" ? data.n : undefined,
  };
}
