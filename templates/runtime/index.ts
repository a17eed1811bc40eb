// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The runtime's public surface, re-exported by every generated package. */

export { ApiPromise, type ApiResult } from "./api-promise.js";
export { ApiClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, type ClientOptions, type RequestOptions } from "./client.js";
export type { Codecs, XmlCodec } from "./codec.js";
export {
  ApiAbortedError,
  ApiConnectionError,
  ApiDecodeError,
  ApiError,
  ApiRequestError,
  ApiResponseTooLargeError,
  ApiTimeoutError,
  type ApiErrorContext,
} from "./errors.js";
export type { FetchLike } from "./execute.js";
export type { HeaderValues } from "./headers.js";
export { parseJsonSafely } from "./json.js";
export { parseNdjson } from "./ndjson.js";
export type {
  BodyEncoding,
  BodySpec,
  BodyVariant,
  HttpMethod,
  OperationSpec,
  ParamLocation,
  ParamSpec,
  ParamStyle,
  PropertyEncoding,
  ResponseSpec,
  XmlShape,
} from "./operation.js";
export { REDACTED, redactHeaders, redactUrl } from "./redact.js";
export {
  ApiStatusError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createStatusError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type StatusErrorInit,
} from "./status-errors.js";
