// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Reads an API's rate-limit headers (`RateLimit-*`, else `X-RateLimit-*`) from any response, e.g. of `.withResponse()`. */

/** The rate-limit state a response reports; a part the server did not send is `undefined`. */
export interface RateLimit {
  /** Requests allowed in the current window. */
  readonly limit: number | undefined;
  /** Requests left in the current window. */
  readonly remaining: number | undefined;
  /** When the window resets. */
  readonly resetAt: Date | undefined;
}

const EPOCH_THRESHOLD_S = 1e9;
const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

function readNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name) ?? headers.get(`x-${name}`);
  return value !== null && NUMBER.test(value) ? Number(value) : undefined;
}

/**
 * The `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers (or their `X-` forms), or `undefined`
 * when the response has none. A reset above 10^9 is taken as epoch seconds, a smaller one as seconds from `now`.
 */
export function readRateLimit(source: Response | Headers, now: number = Date.now()): RateLimit | undefined {
  const headers = source instanceof Headers ? source : source.headers;
  const limit = readNumber(headers, "ratelimit-limit");
  const remaining = readNumber(headers, "ratelimit-remaining");
  const reset = readNumber(headers, "ratelimit-reset");
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  const resetAt =
    reset === undefined ? undefined : new Date(reset > EPOCH_THRESHOLD_S ? reset * 1000 : now + reset * 1000);
  return { limit, remaining, resetAt };
}
