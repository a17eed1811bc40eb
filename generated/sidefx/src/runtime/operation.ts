// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The static description of one operation that generated code hands to the runtime. */

import type { HmacSigningSpec } from "./hmac-signing.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export type ParamLocation = "path" | "query" | "header" | "cookie";

/** OpenAPI parameter styles. @see https://spec.openapis.org/oas/v3.1.0#style-values */
export type ParamStyle = "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple" | "label" | "matrix";

/** One parameter: where it goes on the wire and which argument key holds it. */
export interface ParamSpec {
  /** Name on the wire (path template name, query key, header or cookie name). */
  readonly name: string;
  /** Key of the argument object that holds the value. */
  readonly key: string;
  readonly in: ParamLocation;
  readonly style: ParamStyle;
  readonly explode: boolean;
  readonly required?: boolean;
  readonly allowReserved?: boolean;
  /** Set for content-encoded parameters (`content:` instead of `schema:`): the value is serialized with this media type. */
  readonly contentType?: string;
  /**
   * Name of the client option that supplies the value when the call leaves it out (`x-specforge-client-default`),
   * looked up in `ClientOptions.paramDefaults`; the call's own value wins.
   */
  readonly clientDefault?: string;
}

/** How a request body of one media type is written. */
export type BodyEncoding = "json" | "form" | "multipart" | "xml" | "text" | "binary" | "ndjson";

/** Per-property encoding of form and multipart bodies. @see https://spec.openapis.org/oas/v3.1.0#encoding-object */
export interface PropertyEncoding {
  readonly contentType?: string;
  readonly style?: ParamStyle;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
  /**
   * The property is a string of JSON (`contentMediaType: application/json` + `contentSchema`): the caller passes
   * the decoded value and the runtime sends `JSON.stringify(value)` (a string is sent as it is). JSON, form and
   * multipart bodies; top-level properties only.
   */
  readonly json?: boolean;
}

export interface BodyVariant {
  readonly mediaType: string;
  readonly encoding: BodyEncoding;
  readonly properties?: Readonly<Record<string, PropertyEncoding>>;
  /** XML element name and namespace of the root, from the schema's `xml` object. */
  readonly xml?: XmlShape;
}

/** XML naming for one schema, taken from `xml` objects. */
export interface XmlShape {
  readonly name?: string;
  readonly namespace?: string;
  readonly prefix?: string;
  readonly attribute?: boolean;
  readonly wrapped?: boolean;
  /** The property is the element's text content (`xml.x-specforge-node-type: text`), not a child element. */
  readonly text?: boolean;
  readonly properties?: Readonly<Record<string, XmlShape>>;
  readonly items?: XmlShape;
  readonly array?: boolean;
  /** Scalar type of the schema, so decoded XML text becomes a number or boolean where the schema says so. */
  readonly type?: "string" | "number" | "integer" | "boolean";
  /**
   * A component's shared shape (src/xml-shapes.ts), called when needed so schemas can recurse: it supplies the
   * content (`type`, `array`, `items`, `properties`); this shape keeps the element's naming where it is used.
   */
  readonly ref?: () => XmlShape;
}

/** Where a JSON body holds arrays (`x-specforge-single-item-arrays`), pruned to the paths that lead to one. */
export interface ArrayShape {
  readonly array?: boolean;
  readonly items?: ArrayShape;
  readonly properties?: Readonly<Record<string, ArrayShape>>;
}

export interface BodySpec {
  readonly required: boolean;
  /**
   * `"spread"`: body properties are the argument's own keys (every key that is not a parameter).
   * Otherwise the name of the argument key that holds the whole body.
   */
  readonly from: "spread" | { readonly key: string };
  /** Argument key that picks the media type when there are several; absent when there is one. */
  readonly contentTypeKey?: string;
  /** Media types in order of preference; the first is the default. */
  readonly variants: readonly BodyVariant[];
}

/** How the response of a successful call is read. */
export interface ResponseSpec {
  /** Value for the Accept header (declared media types, preferred first). */
  readonly accept?: string;
  /** When true, a success body is handed over as a `ReadableStream` that the caller owns (large downloads). Decoding otherwise follows Content-Type. */
  readonly stream?: boolean;
  /** XML shapes of the success bodies, so single elements become arrays where the schema says array. */
  readonly xml?: XmlShape;
  /** XML shapes of the error bodies by declared status (`400`, `4XX`, `default`), so XML error bodies decode as typed. */
  readonly errorXml?: Readonly<Record<string, XmlShape>>;
  /** Where the JSON success body holds arrays, for servers that write a one-item array as the bare item. */
  readonly jsonArrays?: ArrayShape;
  /** The same for JSON error bodies, by declared status. */
  readonly errorJsonArrays?: Readonly<Record<string, ArrayShape>>;
  /**
   * Every declared success body is binary (typed `Blob`): it is read as a `Blob` whatever `Content-Type` the server
   * sends (file downloads are often served as `text/csv` or `text/plain`), so the value matches its type.
   */
  readonly binary?: boolean;
  /**
   * Error bodies are a message as text (`x-specforge-rpc` `errors: text`): an HTML page — a framework's debug-mode
   * error page — becomes its `Traceback:` section (else its text), HTML entities unescaped.
   */
  readonly errorText?: boolean;
}

/** Everything the runtime needs to make one call. Generated once per operation as a constant. */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** Path template relative to the base URL, e.g. `/items/{id}/`. */
  readonly path: string;
  readonly params: readonly ParamSpec[];
  readonly body?: BodySpec;
  readonly response: ResponseSpec;
  /** Header that carries `RequestOptions.idempotencyKey`; `Idempotency-Key` when absent. */
  readonly idempotencyHeader?: string;
  /** Send a fresh key (crypto.randomUUID) on every call that has none (`x-specforge-idempotency: { auto: true }`). */
  readonly idempotencyAuto?: boolean;
  /**
   * Security requirements: alternatives, each a list of scheme names that apply together (OpenAPI semantics).
   * An empty alternative means the call may go without credentials; absent means no auth at all.
   */
  readonly security?: readonly (readonly string[])[];
  readonly pagination?: PaginationSpec;
  /** POST/PATCH (e.g. RPC calls) the spec declares safe to retry without an idempotency key. */
  readonly retrySafe?: boolean;
}

/** One OAuth 2 flow of a security scheme. @see https://spec.openapis.org/oas/v3.1.0#oauth-flow-object */
export interface OAuthFlowSpec {
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  readonly refreshUrl?: string;
  readonly scopes: readonly string[];
}

export interface OAuthFlowsSpec {
  readonly implicit?: OAuthFlowSpec;
  readonly password?: OAuthFlowSpec;
  readonly clientCredentials?: OAuthFlowSpec;
  readonly authorizationCode?: OAuthFlowSpec;
}

/**
 * An HTTP basic password derived from a time-based one-time password (`x-specforge-totp`, RFC 6238): the password is
 * `password` with `{totp}` replaced by the current code and every other `{name}` by `TotpBasicAuth.values[name]`.
 */
export interface TotpSpec {
  readonly algorithm: "SHA-1" | "SHA-256" | "SHA-512";
  readonly digits: number;
  /** Time step in seconds. */
  readonly period: number;
  /** Password template, e.g. `{totp}` or `{totp}:{userId}:{userSecret}`. */
  readonly password: string;
}

/**
 * A security scheme of the spec, as data. `signature` stands for request signing declared with
 * `x-specforge-signing` (e.g. HMAC): the runtime signs when the spec declares the algorithm (`hmac`), else the user
 * supplies the signing function.
 */
export type SecuritySchemeSpec =
  | { readonly type: "http"; readonly scheme: string; readonly bearerFormat?: string; readonly totp?: TotpSpec }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | {
      readonly type: "oauth2";
      readonly flows: OAuthFlowsSpec;
      /** How the client authenticates at the token endpoint (`x-specforge-token-auth`); default client_secret_basic. */
      readonly tokenEndpointAuth?: "client_secret_basic" | "client_secret_post";
      /** `omit`: client credentials token requests carry no `grant_type` (`x-specforge-token-grant-type`); default `send`. */
      readonly tokenGrantType?: "send" | "omit";
    }
  | { readonly type: "openIdConnect"; readonly url: string }
  | { readonly type: "mutualTLS" }
  | {
      readonly type: "signature";
      /** The signature, when the spec declares it: the client then signs with `{ keyId, secret }` (`HmacAuth`). */
      readonly hmac?: HmacSigningSpec;
    };

/** A path into a JSON body, e.g. `["data", "items"]`. */
export type BodyPath = readonly string[];

/** How a list operation pages (`x-specforge-pagination`). Every page request keeps auth and headers. */
export type PaginationSpec =
  | { readonly style: "next-link"; readonly items: BodyPath; readonly next: BodyPath }
  | { readonly style: "link-header"; readonly items?: BodyPath }
  | {
      readonly style: "page";
      readonly items: BodyPath;
      readonly pageParam: string;
      readonly firstPage?: number;
      readonly totalPages?: BodyPath;
    }
  | {
      readonly style: "offset";
      readonly items: BodyPath;
      readonly offsetParam: string;
      readonly limitParam?: string;
      readonly total?: BodyPath;
    }
  | { readonly style: "cursor"; readonly items: BodyPath; readonly cursorParam: string; readonly nextCursor: BodyPath }
  | {
      readonly style: "range";
      /** The range unit (`standard`) or the field the list is ordered by (`dotted`). */
      readonly unit: string;
      readonly pageSize?: number;
      readonly items?: BodyPath;
      /** `standard` (default): `Range: items=0-99`; `dotted`: `Range: id 0..; max=100` (see range-pages.ts). */
      readonly format?: "standard" | "dotted";
      /** `dotted` only: the order asked for (`order=asc|desc`); the server's default when absent. */
      readonly order?: "asc" | "desc";
    };
