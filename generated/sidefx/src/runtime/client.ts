// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `ApiClient`: the one object generated resource classes call into. */

import { ApiPromise, type ApiResult } from "./api-promise.js";
import { AuthResolver } from "./auth.js";
import type { AuthOptions } from "./auth-types.js";
import { buildRequest } from "./build-request.js";
import type { Codecs } from "./codec.js";
import { ApiRequestError } from "./errors.js";
import { executeRequest, type FetchLike } from "./execute.js";
import type { HeaderValues } from "./headers.js";
import { matchLink, matchLinkTo, type FollowableLink, type LinkTarget, type MatchedLink } from "./links.js";
import { createOAuth2Session, type OAuth2Session } from "./oauth2-session.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { DEFAULT_MAX_PAGES, PagePromise } from "./page-promise.js";
import { createPaginator, type FetchedPage, type PageRequest } from "./pagination.js";
import { DEFAULT_MAX_REDIRECTS } from "./redirect.js";
import { buildRpcRequest, type RpcFunctionSpec } from "./rpc.js";
import { DEFAULT_RETRY_HEADERS, isIdempotentMethod, type RetryHeaderSpec } from "./retry.js";
import { SecretRegistry } from "./secret-registry.js";
import type { RedirectMode } from "./send.js";

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

/** Per-call options of paginated methods. */
export interface PaginateOptions extends RequestOptions {
  /** Pages fetched before `ApiPaginationError` stops a runaway iteration (default 10 000). */
  readonly maxPages?: number | undefined;
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

type Args = Readonly<Record<string, unknown>>;

/** Sends operations described by `OperationSpec` constants. */
export class ApiClient {
  /** The base URL every operation path is appended to. */
  readonly baseUrl: string;
  readonly #options: ClientOptions;
  readonly #secrets = new SecretRegistry();
  readonly #auth: AuthResolver;
  readonly #redirectMode: RedirectMode = { browserFollows: false };

  constructor(options: ClientOptions) {
    try {
      new URL(options.baseUrl);
    } catch {
      throw new ApiRequestError(`Invalid baseUrl ${JSON.stringify(options.baseUrl)}`);
    }
    const timeoutMs = checkCount("timeout", options.timeout, DEFAULT_TIMEOUT_MS);
    checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES);
    checkCount("maxRedirects", options.maxRedirects, DEFAULT_MAX_REDIRECTS);
    this.baseUrl = options.baseUrl;
    this.#options = options;
    const transport = { baseUrl: options.baseUrl, fetch: options.fetch ?? globalFetch, codecs: options.codecs ?? {}, timeoutMs, secrets: this.#secrets };
    this.#auth = new AuthResolver(options.securitySchemes ?? {}, options.auth, transport);
  }

  /** Builds, sends and decodes one call; the returned promise rejects only with `ApiError` subclasses. */
  request<T, E = unknown>(op: OperationSpec, args?: object, options?: RequestOptions): ApiPromise<T, E> {
    const result = this.#run(op, (args ?? {}) as Args, options ?? {}, undefined).then((sent) => sent.result);
    return new ApiPromise<T, E>(result as Promise<ApiResult<T>>);
  }

  /** Calls an RPC function (`x-specforge-rpc`): `[name, args, kwargs]` in the endpoint's form field, files as multipart parts. */
  rpc<T, E = unknown>(fn: RpcFunctionSpec, args?: object, options?: RequestOptions): ApiPromise<T, E> {
    const sent = buildRpcRequest(fn, (args ?? {}) as Args).then(({ op, body }) => this.#run(op, body, options ?? {}, undefined));
    return new ApiPromise<T, E>(sent.then((done) => done.result) as Promise<ApiResult<T>>);
  }

  /** Calls a paginated operation (`op.pagination`): await it for the first page, `for await` for items, `.pages()` for pages. */
  paginate<TPage, TItem>(op: OperationSpec, args?: object, options?: PaginateOptions): PagePromise<TPage, TItem> {
    if (op.pagination === undefined) throw new ApiRequestError(`${op.method} ${op.path} is not paginated`);
    const callOptions = options ?? {};
    const paginator = createPaginator(op.pagination, { op, apiOrigin: new URL(this.baseUrl).origin });
    const fetchPage = async (request: PageRequest): Promise<FetchedPage> => {
      const { result, url } = await this.#run(op, request.args, callOptions, request);
      return { data: result.data, response: result.response, request, url };
    };
    const maxPages = Math.max(1, Math.floor(checkCount("maxPages", callOptions.maxPages, DEFAULT_MAX_PAGES)));
    return new PagePromise<TPage, TItem>({ paginator, fetchPage, firstRequest: paginator.first((args ?? {}) as Args), maxPages });
  }

  /**
   * Follows a hypermedia link: the href (on the API's origin only) is matched to one of `targets` and sent as that
   * GET operation (auth, retries, decoding by its response spec). Resolves with the target's name and the data.
   */
  follow<T extends { readonly operation: string; readonly data: unknown }, E = unknown>(
    link: FollowableLink,
    targets: readonly LinkTarget[],
    options?: RequestOptions,
  ): ApiPromise<T, E> {
    return this.#follow<T, E>(() => matchLink(link, this.baseUrl, targets), (target, data) => ({ operation: target.name, data }), options);
  }

  /** `follow`, for a link that must lead to the target named `expected` (refused before sending otherwise); resolves with the data. */
  followTo<T, E = unknown>(link: FollowableLink, targets: readonly LinkTarget[], expected: string, options?: RequestOptions): ApiPromise<T, E> {
    return this.#follow<T, E>(() => matchLinkTo(link, this.baseUrl, targets, expected), (_target, data) => data, options);
  }

  #follow<T, E>(match: () => MatchedLink, wrap: (target: LinkTarget, data: unknown) => unknown, options: RequestOptions | undefined): ApiPromise<T, E> {
    const result = Promise.resolve()
      .then(match)
      .then(async ({ target, url }) => {
        const { result: done } = await this.#run(target.op, {}, options ?? {}, { args: {}, url, key: url });
        return { data: wrap(target, done.data), response: done.response };
      });
    return new ApiPromise<T, E>(result as Promise<ApiResult<T>>);
  }

  /** The OAuth 2 helpers of a scheme configured with `OAuth2Auth` (authorize URLs, code exchange, tokens). */
  oauth2Session(schemeName: string): OAuth2Session {
    return createOAuth2Session(this.#auth.oauth2(schemeName));
  }

  async #run(op: OperationSpec, args: Args, options: RequestOptions, page: PageRequest | undefined): Promise<{ result: ApiResult<unknown>; url: string }> {
    const client = this.#options;
    const idempotencyKey = options.idempotencyKey ?? (op.idempotencyAuto === true && !isIdempotentMethod(op.method) ? globalThis.crypto.randomUUID() : undefined);
    const auth = this.#auth.plan(op);
    const request = await buildRequest({
      op,
      args,
      baseUrl: this.baseUrl,
      defaultHeaders: client.headers,
      callHeaders: options.headers,
      idempotencyKey,
      codecs: client.codecs ?? {},
      paramDefaults: client.paramDefaults,
      preferredMediaTypes: client.preferredMediaTypes,
      urlOverride: page?.url,
      extraQuery: page?.query,
      extraHeaders: page?.headers,
    });
    const result = await executeRequest(op, request, {
      fetch: client.fetch ?? globalFetch,
      timeoutMs: checkCount("timeout", options.timeout ?? client.timeout, DEFAULT_TIMEOUT_MS),
      maxRetries: Math.floor(checkCount("maxRetries", options.maxRetries ?? client.maxRetries, DEFAULT_MAX_RETRIES)),
      maxResponseBytes: client.maxResponseBytes,
      codecs: client.codecs ?? {},
      signal: options.signal,
      idempotencyKey,
      retrySafe: op.retrySafe === true,
      auth,
      credentials: this.#auth.credentials,
      secrets: this.#secrets,
      maxRedirects: Math.floor(checkCount("maxRedirects", client.maxRedirects, DEFAULT_MAX_REDIRECTS)),
      redirectMode: this.#redirectMode,
      retryHeaders: client.retryHeaders ?? DEFAULT_RETRY_HEADERS,
      maxRetryAfterMs: client.maxRetryAfter,
    });
    return { result, url: request.url };
  }
}
