// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Errors for HTTP responses with a 4xx/5xx status, one subclass per status the caller commonly handles. */

import { ApiError, nameErrorClasses, type ApiErrorContext } from "./errors.js";
import { redactHeaders } from "./redact.js";

const MAX_DETAIL_LENGTH = 300;

/** What the runtime read from an unsuccessful response. */
export interface StatusErrorInit extends ApiErrorContext {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** The server answered with an error status; `body` is the parsed error body (JSON when it was JSON, else text). */
export class ApiStatusError<TBody = unknown> extends ApiError {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (e.g. rate-limit headers); shown redacted in `toJSON` and inspect output. */
  readonly headers: Headers;
  /** Parsed error body, typed from the spec's error responses by generated code. */
  readonly body: TBody;
  /** Value of `x-request-id` / `request-id`, for support tickets. */
  readonly requestId: string | undefined;

  constructor(init: StatusErrorInit) {
    super(describeStatus(init), init);
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body as TBody;
    this.requestId = readRequestId(init.headers);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      headers: redactHeaders(this.headers),
      body: scrubValue(this.body, (text) => this.scrubText(text), 0),
    };
  }
}

const MAX_SCRUB_DEPTH = 32;

/** A copy of a parsed body with known secrets removed from every string (servers sometimes echo credentials). */
function scrubValue(value: unknown, scrub: (text: string) => string, depth: number): unknown {
  if (typeof value === "string") return scrub(value);
  if (typeof value !== "object" || value === null || depth > MAX_SCRUB_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== "__proto__") out[scrub(key)] = scrubValue(item, scrub, depth + 1);
  }
  return out;
}

/** 400 */
export class BadRequestError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 401 */
export class AuthenticationError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 403 */
export class PermissionDeniedError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 404 */
export class NotFoundError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 409 */
export class ConflictError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 422 */
export class UnprocessableEntityError<TBody = unknown> extends ApiStatusError<TBody> {}
/** 429; `Retry-After` is in `headers`. */
export class RateLimitError<TBody = unknown> extends ApiStatusError<TBody> {}
/** Any status ≥ 500. */
export class InternalServerError<TBody = unknown> extends ApiStatusError<TBody> {}

nameErrorClasses({
  ApiStatusError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
});

type StatusErrorClass = new (init: StatusErrorInit) => ApiStatusError;

const BY_STATUS: Readonly<Record<number, StatusErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Picks the subclass for a status and builds the error. */
export function createStatusError(init: StatusErrorInit): ApiStatusError {
  const ctor = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ApiStatusError);
  return new ctor(init);
}

function readRequestId(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

function describeStatus(init: StatusErrorInit): string {
  const target = init.method !== undefined && init.url !== undefined ? ` for ${init.method} ${init.url}` : "";
  const requestId = readRequestId(init.headers);
  const id = requestId === undefined ? "" : ` (request id ${requestId})`;
  const detail = describeBody(init.body);
  return `HTTP ${init.status}${target}${id}${detail === "" ? "" : `: ${detail}`}`;
}

function describeBody(body: unknown): string {
  if (typeof body === "string") return truncate(body.trim());
  if (typeof body !== "object" || body === null) return "";
  const record = body as Record<string, unknown>;
  for (const key of ["message", "error_description", "detail", "title", "error"]) {
    const value = record[key];
    if (typeof value === "string") return truncate(value);
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as Record<string, unknown>)["message"] === "string"
    ) {
      return truncate(String((value as Record<string, unknown>)["message"]));
    }
  }
  return "";
}

function truncate(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text;
}
