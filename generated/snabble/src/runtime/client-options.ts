// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The options of a client (`ClientOptions`) and of one call (`RequestOptions`). */

import type { AuthOptions } from "./auth-types.js";
import type { Codecs } from "./codec.js";
import type { FetchLike } from "./execute.js";
import type { HeaderValues } from "./headers.js";
import type { SecuritySchemeSpec } from "./operation.js";
import type { RetryHeaderSpec } from "./retry.js";

/** Client-wide settings; generated clients map their own options (environment, auth, …) onto these. */
export interface ClientOptions {
  /** Base URL including any path prefix, e.g. `https://api.example.com/v1`. */
  readonly baseUrl: string;
  /** `fetch` implementation; defaults to `globalThis.fetch`, looked up at call time. */
  readonly fetch?: FetchLike | undefined;
  /** Headers sent with every request. */
  readonly headers?: HeaderValues | undefined;
  /** Per-attempt timeout in ms covering headers and body (default 60 000); `Infinity` disables it. */
  readonly timeout?: number | undefined;
  /** Retries after the first attempt for safe requests (default 2). */
  readonly maxRetries?: number | undefined;
  /**
   * Largest response body accepted, in bytes; larger bodies fail with `ApiResponseTooLargeError`. Counted after
   * decompression. Unset: bodies parsed whole (JSON, XML, text, error bodies) stop at 64 MiB, binary and streams
   * are unlimited.
   */
  readonly maxResponseBytes?: number | undefined;
  /**
   * Media types this client works in, most preferred first (e.g. `["application/json"]` for an API that offers XML
   * and JSON): operations that offer one of them ask only for those (`Accept`), and a request body that may be sent
   * in several media types defaults to the most preferred one offered (a call's own content type still wins).
   */
  readonly preferredMediaTypes?: readonly string[] | undefined;
  /** Optional codecs, e.g. `{ xml: xmlCodec }` for XML APIs. */
  readonly codecs?: Codecs | undefined;
  /** The spec's security schemes by name (generated, static). */
  readonly securitySchemes?: Readonly<Record<string, SecuritySchemeSpec>> | undefined;
  /** Credentials by security scheme name. */
  readonly auth?: AuthOptions | undefined;
  /** Redirects followed per attempt (default 5). */
  readonly maxRedirects?: number | undefined;
  /** Headers the retry wait is read from, first usable wins (default `DEFAULT_RETRY_HEADERS`). */
  readonly retryHeaders?: readonly RetryHeaderSpec[] | undefined;
  /** Cap in ms for a server-requested retry wait (default 60 000). */
  readonly maxRetryAfter?: number | undefined;
  /**
   * Client-level values of parameters marked `x-specforge-client-default`, by option name (`ParamSpec.clientDefault`);
   * generated clients fill it from their own options (e.g. `project`). A call's own argument wins.
   */
  readonly paramDefaults?: Readonly<Record<string, unknown>> | undefined;
}

/** Per-call overrides. */
export interface RequestOptions {
  readonly signal?: AbortSignal | undefined;
  readonly timeout?: number | undefined;
  readonly maxRetries?: number | undefined;
  /** Extra headers; `null` removes a default header. */
  readonly headers?: HeaderValues | undefined;
  /** Sent as `Idempotency-Key` (or the operation's header) on every attempt; makes POST/PATCH retryable. */
  readonly idempotencyKey?: string | undefined;
}
