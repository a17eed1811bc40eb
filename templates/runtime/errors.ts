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
    super(scrub(message), context.cause === undefined ? undefined : { cause: sanitizeCause(context.cause, scrub, 0) });
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

const MAX_CAUSE_DEPTH = 4;

/**
 * A scrubbed copy of a foreign `Error` cause (same name, message, stack, `code` and nested causes, with this
 * request's secrets removed), so `error.cause` cannot leak what a server or library quoted. Runtime errors
 * and non-errors (e.g. an abort reason) are kept as they are.
 */
function sanitizeCause(cause: unknown, scrub: (text: string) => string, depth: number): unknown {
  if (!(cause instanceof Error) || cause instanceof ApiError || depth > MAX_CAUSE_DEPTH) return cause;
  const inner = cause.cause === undefined ? undefined : { cause: sanitizeCause(cause.cause, scrub, depth + 1) };
  const copy = new Error(scrub(cause.message), inner);
  Object.defineProperty(copy, "name", { value: cause.name, writable: true, configurable: true });
  copy.stack = scrub(cause.stack ?? `${cause.name}: ${cause.message}`);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number")
    Object.defineProperty(copy, "code", { value: code, enumerable: true });
  return copy;
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

/** What an OAuth 2 endpoint (or an authorization redirect) reported. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export interface AuthErrorInit extends ApiErrorContext {
  /** HTTP status of the token endpoint's answer, when there was one. */
  readonly status?: number | undefined;
  /** The OAuth `error` code, e.g. `invalid_grant`. */
  readonly oauthError?: string | undefined;
  /** The OAuth `error_description`, scrubbed of known secrets. */
  readonly oauthErrorDescription?: string | undefined;
}

/** Getting, refreshing or using OAuth 2 credentials failed (token endpoint error, state mismatch, no usable token). */
export class ApiAuthError extends ApiError {
  readonly status: number | undefined;
  readonly oauthError: string | undefined;
  readonly oauthErrorDescription: string | undefined;

  constructor(message: string, init: AuthErrorInit = {}) {
    super(message, init);
    this.status = init.status;
    this.oauthError = init.oauthError === undefined ? undefined : this.scrubText(init.oauthError);
    this.oauthErrorDescription =
      init.oauthErrorDescription === undefined ? undefined : this.scrubText(init.oauthErrorDescription);
  }

  override toJSON(): Record<string, unknown> {
    const out = super.toJSON();
    if (this.status !== undefined) out["status"] = this.status;
    if (this.oauthError !== undefined) out["oauthError"] = this.oauthError;
    if (this.oauthErrorDescription !== undefined) out["oauthErrorDescription"] = this.oauthErrorDescription;
    return out;
  }
}

/** A redirect was refused (https→http, a body or credentials to another origin, too many hops, a bad `Location`). */
export class ApiRedirectError extends ApiError {}

/** Paging could not continue safely (a next link to another origin, more pages than `maxPages`, items that are not a list). */
export class ApiPaginationError extends ApiError {}

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
  ApiAuthError,
  ApiRedirectError,
  ApiPaginationError,
});
