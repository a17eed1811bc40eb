// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Base64 and base64url over bytes and UTF-8 text, plus random tokens, with web APIs only (`btoa`, `crypto`). */

const CHUNK = 0x8000;

/** Standard base64 (with padding) of raw bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Base64url without padding (RFC 4648 §5), as PKCE and JWTs use it. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Base64 of the UTF-8 encoding of `text` (HTTP Basic credentials). */
export function encodeUtf8Base64(text: string): string {
  return encodeBase64(new TextEncoder().encode(text));
}

/** `byteCount` random bytes from `crypto.getRandomValues`, as base64url (state values, PKCE verifiers). */
export function randomBase64Url(byteCount: number): string {
  return encodeBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(byteCount)));
}
