/**
 * JSON Schemas of the extension values that describe requests beyond OpenAPI: a declared HMAC signature
 * (`x-specforge-signing`), the spec's default headers (`x-specforge-default-headers`) and typed filter conditions
 * (`x-specforge-conditions`). docs/extensions.md describes each.
 */

/** The HMAC hashes a declared signature may use. */
export const HMAC_ALGORITHMS = ["hmac-sha1", "hmac-sha256", "hmac-sha384", "hmac-sha512"] as const;

/** How the MAC is written into its header. */
export const MAC_ENCODINGS = ["hex", "base64"] as const;

/** How the signing date is written. */
export const SIGNING_DATE_FORMATS = ["http-date", "rfc2822", "iso8601", "epoch-seconds"] as const;

/** The keyword elements of a string to sign (the others name a request header). */
export const SIGNING_KEYWORDS = ["method", "path", "query", "date", "body"] as const;

const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const headerName = { type: "string", pattern: HEADER_NAME };

/** One element of the string to sign: a keyword or a request header. */
const signingPart = {
  oneOf: [
    { enum: SIGNING_KEYWORDS },
    { type: "object", required: ["header"], additionalProperties: false, properties: { header: headerName } },
  ],
};

/** `x-specforge-signing`: `true` (the user supplies a signing hook) or the signature itself (the runtime's `HmacSigningSpec`). */
export const signingSchema: Record<string, unknown> = {
  if: { type: "boolean" },
  then: { const: true },
  else: {
    type: "object",
    required: ["algorithm", "stringToSign", "header", "value"],
    additionalProperties: false,
    properties: {
      algorithm: { enum: HMAC_ALGORITHMS },
      encoding: { enum: MAC_ENCODINGS },
      stringToSign: { type: "array", minItems: 1, items: signingPart },
      separator: { type: "string" },
      date: {
        type: "object",
        required: ["header"],
        additionalProperties: false,
        properties: { header: headerName, format: { enum: SIGNING_DATE_FORMATS } },
      },
      header: headerName,
      value: { type: "string", pattern: "\\{signature\\}", not: { pattern: "[\\r\\n\\u0000]" } },
    },
    if: { required: ["stringToSign"], properties: { stringToSign: { type: "array", contains: { const: "date" } } } },
    then: { required: ["date"] },
  },
};

/** `x-specforge-default-headers`: header name → value; `{packageName}` and `{packageVersion}` are filled in. */
export const defaultHeadersSchema: Record<string, unknown> = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: HEADER_NAME },
  additionalProperties: { type: "string", not: { pattern: "[\\r\\n\\u0000]" } },
};

/** `x-specforge-conditions`: the record schema whose fields the conditions name. */
export const conditionsSchema: Record<string, unknown> = {
  type: "object",
  required: ["fields"],
  additionalProperties: false,
  properties: {
    fields: {
      type: "object",
      required: ["$ref"],
      additionalProperties: false,
      properties: { $ref: { type: "string", pattern: "^#/components/schemas/[^/]+$" } },
    },
  },
};
