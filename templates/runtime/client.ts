// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `ApiClient`: the one object generated resource classes call into. */

import { ApiPromise, type ApiResult } from "./api-promise.js";
import { buildRequest } from "./build-request.js";
import type { Codecs } from "./codec.js";
import { ApiRequestError } from "./errors.js";
import { executeRequest, type FetchLike } from "./execute.js";
import type { HeaderValues } from "./headers.js";
import type { OperationSpec } from "./operation.js";

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
  /** Largest response body accepted, in bytes; larger bodies fail with `ApiResponseTooLargeError`. */
  readonly maxResponseBytes?: number | undefined;
  /** Optional codecs, e.g. `{ xml: xmlCodec }` for XML APIs. */
  readonly codecs?: Codecs | undefined;
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

/** Default per-attempt timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries. */
export const DEFAULT_MAX_RETRIES = 2;

const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

function checkCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0)) throw new ApiRequestError(`${name} must be a non-negative number`);
  return value;
}

/** Sends operations described by `OperationSpec` constants. */
export class ApiClient {
  /** The base URL every operation path is appended to. */
  readonly baseUrl: string;
  readonly #options: ClientOptions;

  constructor(options: ClientOptions) {
    try {
      new URL(options.baseUrl);
    } catch {
      throw new ApiRequestError(`Invalid baseUrl ${JSON.stringify(options.baseUrl)}`);
    }
    checkCount("timeout", options.timeout, DEFAULT_TIMEOUT_MS);
    checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES);
    this.baseUrl = options.baseUrl;
    this.#options = options;
  }

  /** Builds, sends and decodes one call; the returned promise rejects only with `ApiError` subclasses. */
  request<T>(op: OperationSpec, args?: object, options?: RequestOptions): ApiPromise<T> {
    return new ApiPromise<T>(this.#run(op, (args ?? {}) as Readonly<Record<string, unknown>>, options ?? {}) as Promise<ApiResult<T>>);
  }

  async #run(op: OperationSpec, args: Readonly<Record<string, unknown>>, options: RequestOptions): Promise<ApiResult<unknown>> {
    const client = this.#options;
    const request = await buildRequest({
      op,
      args,
      baseUrl: this.baseUrl,
      defaultHeaders: client.headers,
      callHeaders: options.headers,
      idempotencyKey: options.idempotencyKey,
      codecs: client.codecs ?? {},
    });
    return executeRequest(op, request, {
      fetch: client.fetch ?? globalFetch,
      timeoutMs: checkCount("timeout", options.timeout ?? client.timeout, DEFAULT_TIMEOUT_MS),
      maxRetries: Math.floor(checkCount("maxRetries", options.maxRetries ?? client.maxRetries, DEFAULT_MAX_RETRIES)),
      maxResponseBytes: client.maxResponseBytes,
      codecs: client.codecs ?? {},
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
    });
  }
}
