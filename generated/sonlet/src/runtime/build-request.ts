// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Turns an `OperationSpec` plus call arguments into URL, headers and body; every input error is an `ApiRequestError`. */

import { ownValue } from "./own.js";
import { prepareBody, selectBody, type BodyEncoders, type PreparedBody } from "./bodies.js";
import type { Codecs } from "./codec.js";
import { ApiError, ApiRequestError } from "./errors.js";
import {
  appendCookies,
  applyHeaders,
  assertSafeHeader,
  serializeCookieParam,
  serializeHeaderParam,
  type HeaderValues,
} from "./headers.js";
import { preferredAccept } from "./media-preference.js";
import type { OperationSpec, ParamLocation, ParamSpec } from "./operation.js";
import { expandPath, joinUrl, parseBase, serializePathParam } from "./path.js";
import { joinQuery, serializeQueryParam, setQueryParam } from "./query.js";

/** A request ready to be sent (possibly several times). */
export interface BuiltRequest {
  readonly url: string;
  /** The origin of `url` (credentials go only there). */
  readonly origin: string;
  readonly headers: Headers;
  readonly body: PreparedBody | undefined;
}

/** What `buildRequest` needs besides the operation. */
export interface BuildInput {
  readonly op: OperationSpec;
  readonly args: Readonly<Record<string, unknown>>;
  readonly baseUrl: string;
  readonly defaultHeaders?: HeaderValues | undefined;
  readonly callHeaders?: HeaderValues | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly codecs: Codecs;
  /** The client's body encoders by `BodyEncoding`. */
  readonly encoders: BodyEncoders;
  /** Client-level parameter values (`ParamSpec.clientDefault` → value), used when the arguments leave one out. */
  readonly paramDefaults?: Readonly<Record<string, unknown>> | undefined;
  /** Pagination: an absolute next-page URL that replaces path and query (header and cookie parameters still apply). */
  readonly urlOverride?: string | undefined;
  /** Pagination: query parameters set on top of the operation's (page, offset, cursor the spec does not declare). */
  readonly extraQuery?: Readonly<Record<string, string>> | undefined;
  /** The client's preferred media types (Accept and the default request body media type). */
  readonly preferredMediaTypes?: readonly string[] | undefined;
  /** Pagination: headers that win over every other source (`Range`). */
  readonly extraHeaders?: Readonly<Record<string, string>> | undefined;
}

const DEFAULT_IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The argument for a parameter, else its client-level default (`x-specforge-client-default`). */
function paramValue(param: ParamSpec, input: BuildInput): unknown {
  const value = ownValue(input.args, param.key);
  if (value !== undefined || param.clientDefault === undefined) return value;
  return ownValue(input.paramDefaults, param.clientDefault);
}

function missing(param: ParamSpec): ApiRequestError {
  const option =
    param.clientDefault === undefined ? "" : ` (pass "${param.key}" or set the client option "${param.clientDefault}")`;
  return new ApiRequestError(`Missing required ${param.in} parameter "${param.name}"${option}`);
}

function paramsIn(op: OperationSpec, location: ParamLocation, input: BuildInput): [ParamSpec, unknown][] {
  const out: [ParamSpec, unknown][] = [];
  for (const param of op.params) {
    if (param.in !== location) continue;
    const value = paramValue(param, input);
    if (value === undefined) {
      if (param.required === true) throw missing(param);
      continue;
    }
    out.push([param, value]);
  }
  return out;
}

function buildUrl(input: BuildInput): string {
  if (input.urlOverride !== undefined) return input.urlOverride;
  const values = new Map<string, string>();
  for (const param of input.op.params) {
    if (param.in !== "path") continue;
    const value = paramValue(param, input);
    if (value === undefined || value === null) throw missing(param);
    values.set(param.name, serializePathParam(param, value));
  }
  const path = expandPath(input.op.path, values);
  const pairs = paramsIn(input.op, "query", input).flatMap(([param, value]) => serializeQueryParam(param, value));
  const url = joinUrl(input.baseUrl, path, joinQuery(pairs));
  return Object.entries(input.extraQuery ?? {}).reduce((acc, [name, value]) => setQueryParam(acc, name, value), url);
}

function buildHeaders(input: BuildInput, body: PreparedBody | undefined): Headers {
  const headers = new Headers();
  applyHeaders(headers, input.defaultHeaders);
  const accept = preferredAccept(input.op.response.accept, input.preferredMediaTypes);
  if (accept !== undefined && accept !== "") applyHeaders(headers, { accept });
  if (body?.contentType !== undefined) applyHeaders(headers, { "content-type": body.contentType });
  for (const [param, value] of paramsIn(input.op, "header", input)) {
    headers.set(param.name, serializeHeaderParam(param, value));
  }
  appendCookies(
    headers,
    paramsIn(input.op, "cookie", input).flatMap(([param, value]) => serializeCookieParam(param, value)),
  );
  if (input.idempotencyKey !== undefined) {
    const name = input.op.idempotencyHeader ?? DEFAULT_IDEMPOTENCY_HEADER;
    assertSafeHeader(name, input.idempotencyKey);
    headers.set(name, input.idempotencyKey);
  }
  applyHeaders(headers, input.callHeaders);
  applyHeaders(headers, input.extraHeaders);
  return headers;
}

/** Builds the request (synchronously unless the body encoder is asynchronous); encoding failures become `ApiRequestError`. */
export function buildRequest(input: BuildInput): BuiltRequest | Promise<BuiltRequest> {
  try {
    const url = buildUrl(input);
    const origin = input.urlOverride === undefined ? parseBase(input.baseUrl).origin : new URL(url).origin;
    const selected = selectBody(input.op, input.args, input.preferredMediaTypes);
    const finish = (body: PreparedBody | undefined): BuiltRequest => ({
      url,
      origin,
      headers: buildHeaders(input, body),
      body,
    });
    if (selected === undefined) return finish(undefined);
    const body = prepareBody(selected, input.codecs, input.encoders);
    if (!(body instanceof Promise)) return finish(body);
    return body.then(finish).catch((error: unknown) => {
      throw buildError(error, input);
    });
  } catch (error) {
    throw buildError(error, input);
  }
}

/** `error` as an `ApiRequestError` (unexpected failures, e.g. `JSON.stringify` of a BigInt, are wrapped). */
function buildError(error: unknown, input: BuildInput): ApiError {
  if (error instanceof ApiError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiRequestError(`Could not build the request for ${input.op.method} ${input.op.path}: ${reason}`, {
    cause: error,
  });
}
