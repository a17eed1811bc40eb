// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The runtime's public surface, re-exported by every generated package. */

export { ApiPromise, type ApiOutcome, type ApiResult } from "./api-promise.js";
export type {
  ApiKeyAuth,
  AuthOptions,
  BasicAuth,
  BearerAuth,
  HmacAuth,
  MutualTlsAuth,
  OAuth2Auth,
  OAuth2FlowName,
  OAuthTokens,
  SchemeAuth,
  SecretInput,
  SignableRequest,
  SigningAuth,
  TokenEndpointAuthMethod,
  TokenStore,
  TotpBasicAuth,
} from "./auth-types.js";
export { createAuth } from "./auth.js";
export { encodeJson, type BodyEncoder, type BodyEncoders } from "./bodies.js";
export {
  ALL_BODY_ENCODERS,
  encodeBinary,
  encodeForm,
  encodeMultipart,
  encodeNdjson,
  encodeText,
  encodeXml,
} from "./body-encoders.js";
export { ApiClient } from "./client.js";
export type { DecodeFeatures } from "./decode.js";
export { ALL_DECODE_FEATURES, HTML_ERROR_TEXT, NDJSON_DECODING, SINGLE_ITEM_ARRAYS } from "./decode-features.js";
export {
  ApiClientCore,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type AuthFeature,
  type ClientAuth,
  type ClientFeatures,
} from "./client-core.js";
export type { ClientOptions, RequestOptions } from "./client-options.js";
export { paginate, type PaginateOptions } from "./client-paginate.js";
export { callRpc } from "./client-rpc.js";
export { follow, followTo } from "./client-follow.js";
export type { Codecs, XmlCodec } from "./codec.js";
export type {
  ComparisonOperator,
  ConditionField,
  ConditionFieldType,
  ConditionOperator,
  Conditions,
  ConditionScalar,
  ConditionValue,
  ListOperator,
  PatternOperator,
} from "./conditions.js";
export {
  ApiAbortedError,
  ApiAuthError,
  ApiConnectionError,
  ApiDecodeError,
  ApiError,
  ApiPaginationError,
  ApiRedirectError,
  ApiRequestError,
  ApiResponseTooLargeError,
  ApiTimeoutError,
  type ApiErrorContext,
  type AuthErrorInit,
} from "./errors.js";
export type { FetchLike } from "./execute.js";
export type { HmacAlgorithm, HmacSigningSpec, SigningDateFormat, SigningPart } from "./hmac-signing.js";
export type { HeaderValues } from "./headers.js";
export { parseJsonSafely } from "./json.js";
export {
  matchLink,
  matchLinkTo,
  resolveLinkUrl,
  type FollowableLink,
  type LinkTarget,
  type MatchedLink,
} from "./links.js";
export { parseNdjson } from "./ndjson.js";
export {
  buildAuthorizationUrl,
  computePkceChallenge,
  createOAuthState,
  createPkcePair,
  exchangeAuthorizationCode,
  parseAuthorizationRedirect,
  parseImplicitRedirect,
  type AuthorizationUrlParams,
  type ExchangeCodeParams,
  type PkcePair,
} from "./oauth2-flows.js";
export {
  oauth2SessionOf,
  type AuthorizationRequest,
  type AuthorizationUrlOptions,
  type OAuth2Session,
} from "./oauth2-session.js";
export type {
  ArrayShape,
  BodyEncoding,
  BodyPath,
  BodySpec,
  BodyVariant,
  HttpMethod,
  OAuthFlowSpec,
  OAuthFlowsSpec,
  OperationSpec,
  PaginationSpec,
  ParamLocation,
  ParamSpec,
  ParamStyle,
  PropertyEncoding,
  ResponseSpec,
  SecuritySchemeSpec,
  TotpSpec,
  XmlShape,
} from "./operation.js";
export { DEFAULT_MAX_PAGES, PagePromise } from "./page-promise.js";
export { parseDottedRange, type DottedRange } from "./range-pages.js";
export { readRateLimit, type RateLimit } from "./rate-limit.js";
export { isBrowser, specHeadersFor } from "./spec-headers.js";
export { REDACTED, redactHeaders, redactUrl } from "./redact.js";
export { DEFAULT_MAX_REDIRECTS } from "./redirect.js";
export { DEFAULT_RETRY_HEADERS, MAX_RETRY_AFTER_MS, type RetryHeaderFormat, type RetryHeaderSpec } from "./retry.js";
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
export { cachedToken, type CachedToken, type CachedTokenOptions, type FetchedToken } from "./token-cache.js";
export { htmlErrorText, unescapeHtml } from "./html-text.js";
export { Md5, md5Hex } from "./md5.js";
export {
  buildRpcRequest,
  type RpcArgumentSpec,
  type RpcFileData,
  type RpcFileSpec,
  type RpcFunctionSpec,
  type RpcRequest,
  type WithRpcFiles,
} from "./rpc.js";
export {
  ApiIntegrityError,
  downloadVerified,
  type VerifiedDownloadOptions,
  type VerifiedDownloadSource,
} from "./verified-download.js";
export { decodeBase32, generateHotp, generateTotp, type TotpAlgorithm, type TotpParams } from "./totp.js";
