/**
 * JSON Schemas of the extension values that describe requests beyond OpenAPI: a declared HMAC signature
 * (`x-specforge-signing`), the spec's default headers (`x-specforge-default-headers`) and typed filter conditions
 * (`x-specforge-conditions`). docs/extensions.md describes each.
 */

const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const headerName = { type: "string", pattern: HEADER_NAME };

/** One element of the string to sign: a keyword or a request header. */
const signingPart = {
  oneOf: [
    { enum: ["method", "path", "query", "date", "body"] },
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
      algorithm: { enum: ["hmac-sha1", "hmac-sha256", "hmac-sha384", "hmac-sha512"] },
      encoding: { enum: ["hex", "base64"] },
      stringToSign: { type: "array", minItems: 1, items: signingPart },
      separator: { type: "string" },
      date: {
        type: "object",
        required: ["header"],
        additionalProperties: false,
        properties: { header: headerName, format: { enum: ["http-date", "rfc2822", "iso8601", "epoch-seconds"] } },
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
