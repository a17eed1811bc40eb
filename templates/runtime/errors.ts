// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The typed errors every generated client throws; none of them ever shows a credential. */

import type { Redactor } from "./redact.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** What an error knows about the request that failed; `url` is already redacted. */
export interface ApiErrorContext {
  readonly method?: string;
  readonly url?: string;
  readonly cause?: unknown;
  readonly redactor?: Redactor;
}

/** Base class of every runtime error, so callers can catch them all with one `instanceof`. */
export class ApiError extends Error {
  /** HTTP method of the failed request, when there was one. */
  readonly method: string | undefined;
  /** Request URL with credential-like query values replaced by `[REDACTED]`. */
  readonly url: string | undefined;
  readonly #scrub: (text: string) => string;

  constructor(message: string, context: ApiErrorContext = {}) {
    const scrub = context.redactor?.scrub ?? ((text: string) => text);
    super(scrub(message), context.cause === undefined ? undefined : { cause: context.cause });
    this.method = context.method;
    this.url = context.url === undefined ? undefined : scrub(context.url);
    this.#scrub = scrub;
  }

  /** Removes this request's known secrets from text derived from it. */
  protected scrubText(text: string): string {
    return this.#scrub(text);
  }

  /** A plain, credential-free description for logs. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    if (this.method !== undefined) out["method"] = this.method;
    if (this.url !== undefined) out["url"] = this.url;
    const cause = describeCause(this.cause, this.#scrub);
    if (cause !== undefined) out["cause"] = cause;
    return out;
  }

  /** Node's `util.inspect` shows the redacted JSON form instead of raw properties. */
  [INSPECT](): string {
    const stackLines = (this.stack ?? "").split("\n").slice(1).join("\n");
    return `${this.name}: ${this.message} ${JSON.stringify(this.toJSON())}${stackLines ? `\n${stackLines}` : ""}`;
  }
}

function describeCause(cause: unknown, scrub: (text: string) => string): string | undefined {
  if (cause === undefined || cause === null) return undefined;
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : "";
    return scrub(`${cause.name}: ${cause.message}${inner}`);
  }
  return scrub(String(cause));
}

/** The call could not be built from its arguments (a `..` path value, a CR/LF in a header, a missing body). Never retried. */
export class ApiRequestError extends ApiError {}

/** The server could not be reached or the connection broke; retried for idempotent calls. */
export class ApiConnectionError extends ApiError {}

/** The call took longer than its `timeout` (headers and body together). */
export class ApiTimeoutError extends ApiError {}

/** The caller's `AbortSignal` fired. */
export class ApiAbortedError extends ApiError {}

/** A success body could not be decoded as its Content-Type says (malformed JSON, refused XML, …). */
export class ApiDecodeError extends ApiError {}

/** The response body exceeded `maxResponseBytes`; reading stopped at the limit. */
export class ApiResponseTooLargeError extends ApiError {
  /** The configured limit in bytes. */
  readonly limit: number;

  constructor(limit: number, context: ApiErrorContext = {}) {
    super(`Response body exceeds maxResponseBytes (${limit} bytes)`, context);
    this.limit = limit;
  }
}

/** Sets `name` on the prototype so stacks and messages show the subclass name, even when minified. */
export function nameErrorClasses(classes: Readonly<Record<string, { readonly prototype: Error }>>): void {
  for (const [name, ctor] of Object.entries(classes)) {
    Object.defineProperty(ctor.prototype, "name", { value: name, writable: true, configurable: true });
  }
}

nameErrorClasses({
  ApiError,
  ApiRequestError,
  ApiConnectionError,
  ApiTimeoutError,
  ApiAbortedError,
  ApiDecodeError,
  ApiResponseTooLargeError,
});
