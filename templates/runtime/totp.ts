// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Time-based one-time passwords (RFC 6238, HOTP of RFC 4226) with WebCrypto HMAC, and base32 secrets (RFC 4648). */

import { ApiRequestError } from "./errors.js";

/** The HMAC hash of a TOTP. @see https://www.rfc-editor.org/rfc/rfc6238#section-1.2 */
export type TotpAlgorithm = "SHA-1" | "SHA-256" | "SHA-512";

/** TOTP parameters; the defaults are RFC 6238's (SHA-1, 6 digits, 30 s steps from the Unix epoch). */
export interface TotpParams {
  readonly algorithm?: TotpAlgorithm | undefined;
  /** Digits of the code, 1–10 (default 6). */
  readonly digits?: number | undefined;
  /** Time step in seconds (default 30). */
  readonly period?: number | undefined;
}

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Decodes RFC 4648 base32 (case-insensitive; padding, spaces and dashes ignored), as TOTP secrets are written. */
export function decodeBase32(text: string): Uint8Array {
  const clean = text.replace(/[\s-]/g, "").replace(/=+$/, "").toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value === -1) throw new ApiRequestError("A TOTP secret must be base32 (A–Z, 2–7)");
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

/** The 8-byte big-endian counter HOTP signs. */
function counterBytes(counter: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  return bytes;
}

function checkParams(params: TotpParams): { algorithm: TotpAlgorithm; digits: number; period: number } {
  const algorithm = params.algorithm ?? "SHA-1";
  const digits = params.digits ?? 6;
  const period = params.period ?? 30;
  if (!["SHA-1", "SHA-256", "SHA-512"].includes(algorithm))
    throw new ApiRequestError(`Unsupported TOTP algorithm ${JSON.stringify(algorithm)}`);
  if (!Number.isInteger(digits) || digits < 1 || digits > 10)
    throw new ApiRequestError("TOTP digits must be an integer from 1 to 10");
  if (!(period > 0) || !Number.isFinite(period))
    throw new ApiRequestError("The TOTP period must be a positive number of seconds");
  return { algorithm, digits, period };
}

/** HOTP (RFC 4226 §5.3): HMAC of the counter, dynamic truncation, the low `digits` decimal digits. */
export async function generateHotp(
  key: Uint8Array,
  counter: number,
  params: Omit<TotpParams, "period"> = {},
): Promise<string> {
  const { algorithm, digits } = checkParams(params);
  if (key.length === 0) throw new ApiRequestError("A TOTP secret must not be empty");
  if (!Number.isSafeInteger(counter) || counter < 0)
    throw new ApiRequestError("The HOTP counter must be a non-negative integer");
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    "raw",
    new Uint8Array(key),
    { name: "HMAC", hash: algorithm },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", cryptoKey, counterBytes(counter)));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    (mac[offset]! & 0x7f) * 2 ** 24 + (mac[offset + 1]! << 16) + (mac[offset + 2]! << 8) + mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step a moment falls in: `floor(seconds since the epoch / period)`. */
export function totpCounter(timeMs: number, period = 30): number {
  return Math.floor(Math.floor(timeMs / 1000) / period);
}

/** TOTP (RFC 6238) for the moment `timeMs` (epoch milliseconds). */
export async function generateTotp(key: Uint8Array, timeMs: number, params: TotpParams = {}): Promise<string> {
  const { period } = checkParams(params);
  if (!Number.isFinite(timeMs) || timeMs < 0)
    throw new ApiRequestError("The TOTP time must be a non-negative number of milliseconds");
  return generateHotp(key, totpCounter(timeMs, period), params);
}
