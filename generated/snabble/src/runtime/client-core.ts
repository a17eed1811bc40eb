// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * `ApiClientCore`: sends operations, with only the features a generated client passes in (auth, body encoders), so
 * a bundler drops the rest. `ApiClient` (client.ts) is the same client with every feature wired in.
 */

import { ApiPromise, type ApiResult } from "./api-promise.js";
import { NO_AUTH, type AuthPlan, type CredentialLocations } from "./auth.js";
import type { AuthOptions } from "./auth-types.js";
import type { ClientOptions, RequestOptions } from "./client-options.js";
import { JSON_ENCODERS, type BodyEncoders } from "./bodies.js";
import { buildRequest, type BuiltRequest } from "./build-request.js";
import { ApiRequestError } from "./errors.js";
import type { DecodeFeatures } from "./decode.js";
import { executeRequest, type ExecuteSettings, type FetchLike } from "./execute.js";
import type { OAuth2Setup, OAuthTransport } from "./oauth2-setup.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import type { PageRequest } from "./pagination.js";
import { DEFAULT_MAX_REDIRECTS } from "./redirect.js";
import { DEFAULT_RETRY_HEADERS, isIdempotentMethod } from "./retry.js";
import { SecretRegistry } from "./secret-registry.js";
import type { RedirectMode } from "./send.js";

/** What a client's auth feature does: plans the credentials of each call. */
export interface ClientAuth {
  /** Where this client's credentials may appear on a request (removed on cross-origin redirects). */
  readonly credentials: CredentialLocations;
  /** The credentials one call uses. */
  plan(op: OperationSpec): AuthPlan;
  /** The OAuth 2 setup of a scheme configured with `OAuth2Auth`. */
  oauth2(name: string): OAuth2Setup;
}

/** Builds a client's auth from the spec's schemes and the user's credentials (`createAuth` in auth.ts). */
export type AuthFeature = (
  schemes: Readonly<Record<string, SecuritySchemeSpec>>,
  auth: AuthOptions | undefined,
  transport: OAuthTransport,
) => ClientAuth;

/** The optional parts a client is built with; generated clients pass only what their spec uses. */
export interface ClientFeatures {
  /** Security schemes and credentials; without it the client sends no credentials and accepts none. */
  readonly auth?: AuthFeature | undefined;
  /** Request body encoders by `BodyEncoding` (default: JSON only). */
  readonly bodyEncoders?: BodyEncoders | undefined;
  /** Optional response decoding: NDJSON, HTML error text, single-item arrays (`ALL_DECODE_FEATURES` has them all). */
  readonly decoding?: DecodeFeatures | undefined;
}

/** Default per-attempt timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries. */
export const DEFAULT_MAX_RETRIES = 2;

const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/** `value` when it is a non-negative number, `fallback` when undefined; anything else is an `ApiRequestError`. */
export function checkCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0)) throw new ApiRequestError(`${name} must be a non-negative number`);
  return value;
}

/** The auth of a client without the auth feature: no schemes, so no credentials may be configured or required. */
function noAuth(auth: AuthOptions | undefined): ClientAuth {
  for (const [name, config] of Object.entries(auth ?? {})) {
    if (config !== undefined)
      throw new ApiRequestError(`auth.${name}: the API has no security scheme of that name (schemes: none)`);
  }
  return {
    credentials: { headers: new Set(["authorization", "proxy-authorization", "cookie"]), query: new Set() },
    plan: (op) => {
      if (op.security === undefined || op.security.length === 0 || op.security.some((names) => names.length === 0))
        return NO_AUTH;
      throw new ApiRequestError(`${op.method} ${op.path} needs credentials, but this client has no security schemes`);
    },
    oauth2: (name) => {
      throw new ApiRequestError(`auth.${name} is not configured as an OAuth 2 client ({ clientId, … })`);
    },
  };
}

type Args = Readonly<Record<string, unknown>>;

/** What a sent operation produced, with the URL it was sent to (pagination resolves relative links against it). */
export interface SentOperation {
  readonly result: ApiResult<unknown>;
  readonly url: string;
}

/** Sends operations described by `OperationSpec` constants. */
export class ApiClientCore {
  /** The base URL every operation path is appended to. */
  readonly baseUrl: string;
  readonly #options: ClientOptions;
  readonly #secrets = new SecretRegistry();
  readonly #auth: ClientAuth;
  readonly #encoders: BodyEncoders;
  readonly #decoding: DecodeFeatures;
  readonly #redirectMode: RedirectMode = { browserFollows: false };
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #maxRedirects: number;

  constructor(options: ClientOptions, features: ClientFeatures = {}) {
    try {
      new URL(options.baseUrl);
    } catch {
      throw new ApiRequestError(`Invalid baseUrl ${JSON.stringify(options.baseUrl)}`);
    }
    this.#timeoutMs = checkCount("timeout", options.timeout, DEFAULT_TIMEOUT_MS);
    this.#maxRetries = Math.floor(checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES));
    this.#maxRedirects = Math.floor(checkCount("maxRedirects", options.maxRedirects, DEFAULT_MAX_REDIRECTS));
    this.baseUrl = options.baseUrl;
    this.#options = options;
    this.#encoders = features.bodyEncoders ?? JSON_ENCODERS;
    this.#decoding = features.decoding ?? {};
    const transport = {
      baseUrl: options.baseUrl,
      fetch: options.fetch ?? globalFetch,
      codecs: options.codecs ?? {},
      timeoutMs: this.#timeoutMs,
      secrets: this.#secrets,
    };
    this.#auth =
      features.auth === undefined
        ? noAuth(options.auth)
        : features.auth(options.securitySchemes ?? {}, options.auth, transport);
  }

  /** Builds, sends and decodes one call; the returned promise rejects only with `ApiError` subclasses. */
  request<T, E = unknown>(op: OperationSpec, args?: object, options?: RequestOptions): ApiPromise<T, E> {
    const result = this.sendOperation(op, (args ?? {}) as Args, options ?? {}, undefined).then((sent) => sent.result);
    return new ApiPromise<T, E>(result as Promise<ApiResult<T>>);
  }

  /** The OAuth 2 setup of a scheme configured with `OAuth2Auth` (for `oauth2SessionOf`). */
  oauth2Setup(schemeName: string): OAuth2Setup {
    return this.#auth.oauth2(schemeName);
  }

  /** Sends one operation (`page` carries a paginator's URL, query and headers); used by `paginate` and `callRpc`. */
  async sendOperation(
    op: OperationSpec,
    args: Args,
    options: RequestOptions,
    page: PageRequest | undefined,
  ): Promise<SentOperation> {
    let url = "";
    const result = await this.#send(op, args, options, page, (sent) => (url = sent));
    return { result, url };
  }

  /** Builds and sends one call without extra promise hops; `onUrl` learns the URL it went to. */
  #send(
    op: OperationSpec,
    args: Args,
    options: RequestOptions,
    page: PageRequest | undefined,
    onUrl: ((url: string) => void) | undefined,
  ): Promise<ApiResult<unknown>> {
    try {
      const client = this.#options;
      const idempotencyKey =
        options.idempotencyKey ??
        (op.idempotencyAuto === true && !isIdempotentMethod(op.method) ? globalThis.crypto.randomUUID() : undefined);
      const auth = this.#auth.plan(op);
      const built = buildRequest({
        op,
        args,
        baseUrl: this.baseUrl,
        defaultHeaders: client.headers,
        callHeaders: options.headers,
        idempotencyKey,
        codecs: client.codecs ?? {},
        encoders: this.#encoders,
        paramDefaults: client.paramDefaults,
        preferredMediaTypes: client.preferredMediaTypes,
        urlOverride: page?.url,
        extraQuery: page?.query,
        extraHeaders: page?.headers,
      });
      const execute = (request: BuiltRequest): Promise<ApiResult<unknown>> => {
        onUrl?.(request.url);
        return executeRequest(op, request, this.#settings(op, options, idempotencyKey, auth));
      };
      return built instanceof Promise ? built.then(execute) : execute(built);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  #settings(
    op: OperationSpec,
    options: RequestOptions,
    idempotencyKey: string | undefined,
    auth: AuthPlan,
  ): ExecuteSettings {
    const client = this.#options;
    return {
      fetch: client.fetch ?? globalFetch,
      timeoutMs:
        options.timeout === undefined ? this.#timeoutMs : checkCount("timeout", options.timeout, DEFAULT_TIMEOUT_MS),
      maxRetries:
        options.maxRetries === undefined
          ? this.#maxRetries
          : Math.floor(checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES)),
      maxResponseBytes: client.maxResponseBytes,
      codecs: client.codecs ?? {},
      decoding: this.#decoding,
      signal: options.signal,
      idempotencyKey,
      retrySafe: op.retrySafe === true,
      auth,
      credentials: this.#auth.credentials,
      secrets: this.#secrets,
      maxRedirects: this.#maxRedirects,
      redirectMode: this.#redirectMode,
      retryHeaders: client.retryHeaders ?? DEFAULT_RETRY_HEADERS,
      maxRetryAfterMs: client.maxRetryAfter,
    };
  }
}
