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

/** True for methods that are idempotent by HTTP semantics (GET, HEAD, PUT, DELETE, OPTIONS, TRACE). */
export function isIdempotentMethod(method: HttpMethod): boolean {
  return IDEMPOTENT_METHODS[method];
}

/** What makes a non-idempotent request safe to repeat. */
export interface RetrySafety {
  readonly idempotencyKey?: string | undefined;
  /** The spec marks the operation safe to retry (`x-specforge-retry-safe`). */
  readonly retrySafe?: boolean | undefined;
}

/** True when repeating the request cannot do harm: an idempotent method, an idempotency key the server deduplicates on, or `retrySafe`. */
export function isRetryableRequest(method: HttpMethod, options: RetrySafety): boolean {
  return (
    IDEMPOTENT_METHODS[method] ||
    options.retrySafe === true ||
    (options.idempotencyKey !== undefined && options.idempotencyKey !== "")
  );
}

/**
 * How a response header states when to try again:
 * - `milliseconds`: a delay in ms (`retry-after-ms`);
 * - `seconds`: a delay in seconds (`RateLimit-Reset`); values above 10^9 are taken as epoch seconds, as some APIs send;
 * - `seconds-or-http-date`: `Retry-After` — delay seconds or an HTTP date;
 * - `epoch-seconds`: the Unix time of the reset (`X-RateLimit-Reset`).
 */
export type RetryHeaderFormat = "milliseconds" | "seconds" | "seconds-or-http-date" | "epoch-seconds";

/** One header the retry wait is read from; the first header in the list that has a valid value wins. */
export interface RetryHeaderSpec {
  /** Header name (case-insensitive). */
  readonly name: string;
  readonly format: RetryHeaderFormat;
  /** Only consult this header for these statuses (rate-limit resets only mean something on 429); all retryable statuses when absent. */
  readonly statuses?: readonly number[];
}

/** `retry-after-ms`, `Retry-After`, then `RateLimit-Reset` (delay seconds) and `X-RateLimit-Reset` (epoch seconds) on 429. */
export const DEFAULT_RETRY_HEADERS: readonly RetryHeaderSpec[] = [
  { name: "retry-after-ms", format: "milliseconds" },
  { name: "retry-after", format: "seconds-or-http-date" },
  { name: "ratelimit-reset", format: "seconds", statuses: [429] },
  { name: "x-ratelimit-reset", format: "epoch-seconds", statuses: [429] },
];

const NON_NEGATIVE_NUMBER = /^\s*\d+(\.\d+)?\s*$/;
const EPOCH_THRESHOLD_S = 1e9;

function readNumber(value: string): number | undefined {
  if (!NON_NEGATIVE_NUMBER.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function untilEpochSeconds(epochSeconds: number, now: number): number {
  return Math.max(0, epochSeconds * 1000 - now);
}

/**
 * The three HTTP-date forms (IMF-fixdate, RFC 850, asctime); anything else is not a date, however `Date.parse`
 * would read it (it takes `x 3000` for the year 3000).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 */
const HTTP_DATE =
  /^(?:[a-z]{3}, \d{2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT|[a-z]{6,9}, \d{2}-[a-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT|[a-z]{3} [a-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/i;

/** One reader per header format; `undefined` for absent, negative or unreadable values. */
const RETRY_HEADER_READERS: Readonly<Record<RetryHeaderFormat, (value: string, now: number) => number | undefined>> = {
  milliseconds: (value) => readNumber(value),
  seconds: (value, now) => {
    const n = readNumber(value);
    if (n === undefined) return undefined;
    return n > EPOCH_THRESHOLD_S ? untilEpochSeconds(n, now) : n * 1000;
  },
  "seconds-or-http-date": (value, now) => {
    const n = readNumber(value);
    if (n !== undefined) return n * 1000;
    if (!HTTP_DATE.test(value.trim())) return undefined;
    const date = Date.parse(value.trim());
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
  },
  "epoch-seconds": (value, now) => {
    const n = readNumber(value);
    return n === undefined ? undefined : untilEpochSeconds(n, now);
  },
};

/** The server's requested wait in ms from the first usable header of `specs`; `undefined` when none says anything usable. */
export function parseRetryAfter(
  headers: Headers,
  now: number = Date.now(),
  specs: readonly RetryHeaderSpec[] = DEFAULT_RETRY_HEADERS,
  status?: number,
): number | undefined {
  for (const spec of specs) {
    if (status !== undefined && spec.statuses !== undefined && !spec.statuses.includes(status)) continue;
    const value = headers.get(spec.name);
    if (value === null) continue;
    const ms = RETRY_HEADER_READERS[spec.format](value, now);
    if (ms !== undefined) return ms;
  }
  return undefined;
}

/** Inputs of `computeRetryDelay`. */
export interface RetryDelayInput {
  /** 0 for the first retry. */
  readonly attempt: number;
  readonly retryAfterMs?: number | undefined;
  /** Cap for a server-requested wait (default `MAX_RETRY_AFTER_MS`). */
  readonly maxRetryAfterMs?: number | undefined;
  readonly random?: () => number;
}

/** Delay before retry number `attempt`: the server's wish capped (60 s by default), else exponential backoff with jitter. */
export function computeRetryDelay(input: RetryDelayInput): number {
  if (input.retryAfterMs !== undefined && Number.isFinite(input.retryAfterMs)) {
    return Math.min(Math.max(0, input.retryAfterMs), input.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS);
  }
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
