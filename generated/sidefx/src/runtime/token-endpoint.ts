// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Requests to an OAuth 2 token endpoint: client authentication, the https rule, response parsing, typed errors. @see https://www.rfc-editor.org/rfc/rfc6749#section-5 */

import type { OAuthTokens, TokenEndpointAuthMethod } from "./auth-types.js";
import { encodeUtf8Base64 } from "./base64.js";
import type { Codecs } from "./codec.js";
import { classifyFailure, startDeadline } from "./deadline.js";
import { mediaEssence, mediaKind } from "./decode.js";
import { ApiAbortedError, ApiAuthError, ApiRequestError, type ApiErrorContext } from "./errors.js";
import type { FetchLike } from "./execute.js";
import { parseJsonSafely } from "./json.js";
import { decodeText, readBodyBytes } from "./read-body.js";
import { createRedactor, redactUrl } from "./redact.js";
import type { SecretRegistry } from "./secret-registry.js";

/** Largest token endpoint response read: token responses are small; anything larger is refused. */
export const MAX_TOKEN_RESPONSE_BYTES = 1_048_576;
const FORM = "application/x-www-form-urlencoded";

/** Everything needed to call one token endpoint. */
export interface TokenEndpoint {
  /** Absolute, already checked by `checkTokenUrl`. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly authMethod: TokenEndpointAuthMethod;
  readonly extraParams: Readonly<Record<string, string>> | undefined;
  readonly fetch: FetchLike;
  readonly codecs: Codecs;
  readonly timeoutMs: number;
  readonly secrets: SecretRegistry;
}

/** Resolves a token URL against the base URL and refuses anything but https unless `allowInsecure` (then http too, loopback included). */
export function checkTokenUrl(raw: string, baseUrl: string | undefined, allowInsecure: boolean): string {
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(raw) : new URL(raw, baseUrl);
  } catch {
    throw new ApiRequestError(`Invalid OAuth token URL ${JSON.stringify(redactUrl(raw))}`);
  }
  if (url.protocol === "https:") return url.href;
  if (url.protocol === "http:" && allowInsecure) return url.href;
  const hint =
    url.protocol === "http:" ? "; set allowInsecureTokenUrl: true to allow http (e.g. a local test server)" : "";
  throw new ApiRequestError(`Refusing OAuth token URL ${redactUrl(url.href)}: it must use https${hint}`);
}

/** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+");
}

function buildTokenRequest(
  endpoint: TokenEndpoint,
  grant: Readonly<Record<string, string>>,
): { headers: Headers; body: string } {
  const params = new URLSearchParams({ ...endpoint.extraParams, ...grant });
  const headers = new Headers({
    "content-type": FORM,
    accept: endpoint.codecs.xml === undefined ? "application/json" : "application/json, application/xml;q=0.9",
  });
  if (endpoint.clientSecret !== undefined && endpoint.authMethod === "client_secret_basic") {
    const credentials = encodeUtf8Base64(`${formEncode(endpoint.clientId)}:${formEncode(endpoint.clientSecret)}`);
    endpoint.secrets.addFixed(credentials);
    headers.set("authorization", `Basic ${credentials}`);
  } else {
    params.set("client_id", endpoint.clientId);
    if (endpoint.clientSecret !== undefined) params.set("client_secret", endpoint.clientSecret);
  }
  return { headers, body: params.toString() };
}

type BodyReader = (text: string, contentType: string, codecs: Codecs) => unknown;

const readJson: BodyReader = (text) => parseJsonSafely(text);

/** Token endpoints answer JSON; some answer XML (with an XML codec) or a form-encoded body (GitHub's legacy default). */
const TOKEN_BODY_READERS: Readonly<Record<ReturnType<typeof mediaKind>, BodyReader>> = {
  json: readJson,
  ndjson: readJson,
  xml: (text, _type, codecs) => {
    if (codecs.xml === undefined)
      throw new TypeError("the token endpoint answered XML but the client has no XML codec");
    return codecs.xml.decode(text, undefined);
  },
  text: (text, type) =>
    mediaEssence(type) === FORM ? Object.fromEntries(new URLSearchParams(text)) : parseJsonSafely(text),
  binary: readJson,
};

function parseTokenBody(text: string, contentType: string, codecs: Codecs): Record<string, unknown> | undefined {
  if (text.trim() === "") return undefined;
  try {
    const value = TOKEN_BODY_READERS[mediaKind(contentType)](text, contentType, codecs);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringField(body: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = body?.[key];
  if (typeof value === "string" && value !== "") return value;
  return typeof value === "number" ? String(value) : undefined;
}

/** Reads an RFC 6749 §5.1 token response; `expires_in` may be a number or a numeric string (XML). */
export function toOAuthTokens(body: Readonly<Record<string, unknown>>, now: number): OAuthTokens | undefined {
  const accessToken = stringField(body, "access_token");
  if (accessToken === undefined) return undefined;
  const expiresIn = Number(stringField(body, "expires_in") ?? "NaN");
  return {
    accessToken,
    refreshToken: stringField(body, "refresh_token"),
    expiresAt: Number.isFinite(expiresIn) && expiresIn >= 0 ? now + expiresIn * 1000 : undefined,
    tokenType: stringField(body, "token_type"),
    scope: stringField(body, "scope"),
  };
}

function plainTextError(text: string, contentType: string): Record<string, unknown> | undefined {
  const message = text.trim();
  return message === "" || mediaKind(contentType) !== "text" ? undefined : { message };
}

function endpointError(
  status: number,
  body: Record<string, unknown> | undefined,
  context: ApiErrorContext,
): ApiAuthError {
  const oauthError = stringField(body, "error");
  const description =
    stringField(body, "error_description") ?? stringField(body, "detail") ?? stringField(body, "message");
  const detail = [oauthError, description?.slice(0, 300)].filter((s) => s !== undefined).join(": ");
  return new ApiAuthError(`OAuth token request failed with HTTP ${status}${detail === "" ? "" : ` (${detail})`}`, {
    ...context,
    status,
    oauthError,
    oauthErrorDescription: description,
  });
}

/** POSTs one grant (`grant_type` and its fields) and returns the tokens; every failure is an `ApiAuthError` (aborts stay `ApiAbortedError`). */
export async function requestTokens(
  endpoint: TokenEndpoint,
  grant: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<OAuthTokens> {
  const { headers, body } = buildTokenRequest(endpoint, grant);
  const context = {
    method: "POST",
    url: redactUrl(endpoint.url),
    redactor: createRedactor({ secrets: endpoint.secrets }),
    timeoutMs: endpoint.timeoutMs,
  };
  const deadline = startDeadline({ timeoutMs: endpoint.timeoutMs, signal });
  try {
    const response = await endpoint.fetch(endpoint.url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: deadline.signal ?? null,
    });
    if ((response.status >= 300 && response.status < 400) || response.type === "opaqueredirect") {
      await response.body?.cancel().catch(() => undefined);
      throw new ApiAuthError(
        `The OAuth token endpoint redirected (HTTP ${response.status}); configure the final token URL`,
        { ...context, status: response.status },
      );
    }
    const contentType = response.headers.get("content-type") ?? "";
    const text = decodeText(await readBodyBytes(response, MAX_TOKEN_RESPONSE_BYTES, context), contentType);
    const parsed = parseTokenBody(text, contentType, endpoint.codecs);
    const tokens = parsed === undefined ? undefined : toOAuthTokens(parsed, Date.now());
    endpoint.secrets.addRotating(tokens?.accessToken, tokens?.refreshToken);
    // A plain-text error (not the JSON of RFC 6749 §5.2) is the message itself.
    if (!response.ok) throw endpointError(response.status, parsed ?? plainTextError(text, contentType), context);
    if (tokens === undefined)
      throw new ApiAuthError("The OAuth token response has no access_token (or is not JSON/XML/form data)", {
        ...context,
        status: response.status,
      });
    return tokens;
  } catch (error) {
    const failure = classifyFailure(error, deadline, context);
    if (failure instanceof ApiAuthError || failure instanceof ApiAbortedError) throw failure;
    throw new ApiAuthError(`OAuth token request failed: ${failure.message}`, { ...context, cause: failure });
  } finally {
    deadline.dispose();
  }
}

/** True for an error the caller could fix by authorizing again rather than by waiting. */
export function isGrantRejected(error: unknown): boolean {
  return (
    error instanceof ApiAuthError &&
    (error.oauthError === "invalid_grant" || error.status === 400 || error.status === 401)
  );
}
