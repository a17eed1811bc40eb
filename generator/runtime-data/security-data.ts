/**
 * A security scheme as the runtime's `SecuritySchemeSpec` (templates/runtime/operation.ts, hmac-signing.ts) takes it,
 * built by normalize/build-security.ts and printed into the client's `securitySchemes`;
 * test/types/runtime-data.test-d.ts checks these types against the runtime's.
 */

/** One OAuth 2 flow. @see https://spec.openapis.org/oas/v3.1.0#oauth-flow-object */
export interface OAuthFlowData {
  readonly authorizationUrl?: string | undefined;
  readonly tokenUrl?: string | undefined;
  readonly refreshUrl?: string | undefined;
  readonly scopes: readonly string[];
}

/** The declared OAuth 2 flows, by flow name. */
export interface OAuthFlowsData {
  readonly implicit?: OAuthFlowData | undefined;
  readonly password?: OAuthFlowData | undefined;
  readonly clientCredentials?: OAuthFlowData | undefined;
  readonly authorizationCode?: OAuthFlowData | undefined;
}

/** `x-specforge-totp` with RFC 6238's defaults filled in. */
export interface TotpData {
  readonly algorithm: "SHA-1" | "SHA-256" | "SHA-512";
  readonly digits: number;
  readonly period: number;
  readonly password: string;
}

/** One element of an HMAC string to sign: a keyword or a request header. */
export type SigningPartData = "method" | "path" | "query" | "date" | "body" | { readonly header: string };

/** A declared HMAC signature (`x-specforge-signing: {…}`), defaults filled in. */
export interface HmacSigningData {
  readonly algorithm: "hmac-sha1" | "hmac-sha256" | "hmac-sha384" | "hmac-sha512";
  readonly encoding?: "hex" | "base64" | undefined;
  readonly stringToSign: readonly SigningPartData[];
  readonly separator?: string | undefined;
  readonly date?:
    | {
        readonly header: string;
        readonly format?: "http-date" | "rfc2822" | "iso8601" | "epoch-seconds" | undefined;
      }
    | undefined;
  readonly header: string;
  readonly value: string;
}

/** A security scheme of the spec, by kind (`signature`: request signing, `x-specforge-signing`). */
export type SecuritySchemeData =
  | {
      readonly type: "http";
      readonly scheme: string;
      readonly bearerFormat?: string | undefined;
      readonly totp?: TotpData | undefined;
    }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | {
      readonly type: "oauth2";
      readonly flows: OAuthFlowsData;
      readonly tokenEndpointAuth?: "client_secret_basic" | "client_secret_post" | undefined;
      readonly tokenGrantType?: "send" | "omit" | undefined;
    }
  | { readonly type: "openIdConnect"; readonly url: string }
  | { readonly type: "mutualTLS" }
  | { readonly type: "signature"; readonly hmac?: HmacSigningData | undefined };
