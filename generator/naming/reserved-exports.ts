/**
 * The runtime names a generated package's index re-exports (its public surface besides generated code).
 * Generated type names must not take them. A test checks each exists in templates/runtime/index.ts.
 */

/** Classes (values) users catch or construct. */
export const RUNTIME_VALUE_EXPORTS: readonly string[] = [
  "ApiAbortedError",
  "ApiAuthError",
  "ApiConnectionError",
  "ApiDecodeError",
  "ApiError",
  "ApiIntegrityError",
  "ApiPaginationError",
  "ApiPromise",
  "ApiRedirectError",
  "ApiRequestError",
  "ApiResponseTooLargeError",
  "ApiStatusError",
  "ApiTimeoutError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "InternalServerError",
  "NotFoundError",
  "PagePromise",
  "PermissionDeniedError",
  "RateLimitError",
  "UnprocessableEntityError",
  "cachedToken",
  "createOAuthState",
  "createPkcePair",
  "downloadVerified",
  "readRateLimit",
];

/** Types users annotate with. */
export const RUNTIME_TYPE_EXPORTS: readonly string[] = [
  "ApiKeyAuth",
  "ApiOutcome",
  "ApiResult",
  "BasicAuth",
  "BearerAuth",
  "CachedToken",
  "ClientOptions",
  "Conditions",
  "FetchLike",
  "HmacAuth",
  "MutualTlsAuth",
  "OAuth2Auth",
  "OAuth2Session",
  "OAuthTokens",
  "PaginateOptions",
  "RateLimit",
  "RequestOptions",
  "SecretInput",
  "SignableRequest",
  "SigningAuth",
  "TokenStore",
  "TotpBasicAuth",
  "VerifiedDownloadOptions",
  "VerifiedDownloadSource",
];

/** Every re-exported runtime name, plus the schema-shape helpers. */
export const RUNTIME_EXPORT_NAMES: readonly string[] = [
  ...RUNTIME_VALUE_EXPORTS,
  ...RUNTIME_TYPE_EXPORTS,
  "Readable",
  "Writable",
];
