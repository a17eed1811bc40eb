// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** When a failed attempt may be retried, and how long to wait before the next one. */

import { ApiAbortedError } from "./errors.js";
import type { HttpMethod } from "./operation.js";

/** Statuses worth retrying: request timeout, rate limit, and transient server errors. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Upper bound for a server-requested wait (`Retry-After`). */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Methods that are idempotent by HTTP semantics; the rest need an idempotency key to be retried. */
const IDEMPOTENT_METHODS: Readonly<Record<HttpMethod, boolean>> = {
  GET: true,
  HEAD: true,
  PUT: true,
  DELETE: true,
  OPTIONS: true,
  TRACE: true,
  POST: false,
  PATCH: false,
};

/** True when repeating the request cannot do harm: an idempotent method, or an idempotency key the server deduplicates on. */
export function isRetryableRequest(method: HttpMethod, options: { readonly idempotencyKey?: string | undefined }): boolean {
  return IDEMPOTENT_METHODS[method] || (options.idempotencyKey !== undefined && options.idempotencyKey !== "");
}

/** Reads `retry-after-ms`, or `Retry-After` as seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Delay before retry number `attempt` (0 for the first retry): the server's wish capped at 60 s, else exponential backoff with jitter. */
export function computeRetryDelay(input: { readonly attempt: number; readonly retryAfterMs?: number | undefined; readonly random?: () => number }): number {
  if (input.retryAfterMs !== undefined) return Math.min(Math.max(0, input.retryAfterMs), MAX_RETRY_AFTER_MS);
  const base = Math.min(INITIAL_DELAY_MS * 2 ** input.attempt, MAX_BACKOFF_MS);
  const random = input.random ?? Math.random;
  return Math.round(base * (1 - 0.25 * random()));
}

/** Waits `ms`, rejecting at once with `ApiAbortedError` when `signal` fires; never leaves a timer behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new ApiAbortedError("Request aborted", { cause: signal.reason }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ApiAbortedError("Request aborted", { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
