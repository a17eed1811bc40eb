/**
 * The `x-specforge-*` extensions: where each may appear and the JSON Schema of its value.
 * One place for both validation and documentation (docs/extensions.md describes each).
 */
import { rpcSchema } from "./rpc-schema.js";
import { conditionsSchema, defaultHeadersSchema, signingSchema } from "./signing-schemas.js";

/** `x-specforge-token-auth`: how a client authenticates at an OAuth 2 token endpoint. */
export const TOKEN_AUTH_METHODS = ["client_secret_basic", "client_secret_post"] as const;

/** `x-specforge-totp` `algorithm`: the HMAC hashes RFC 6238 allows. */
export const TOTP_ALGORITHMS = ["SHA-1", "SHA-256", "SHA-512"] as const;

export type ExtensionSite = "root" | "operation" | "server" | "securityScheme" | "parameter" | "schema" | "xml";

/** The XML Object extension that marks a property as its element's text (OpenAPI 3.2's `xml.nodeType`, for 3.0/3.1). */
export const XML_NODE_TYPE = "x-specforge-node-type";

export interface ExtensionDefinition {
  sites: readonly ExtensionSite[];
  schema: Record<string, unknown>;
  /** A JSON Schema the object carrying the extension must match (e.g. only HTTP basic schemes), and what to say when it does not. */
  host?: { schema: Record<string, unknown>; message: string };
}

const bodyPath = {
  oneOf: [
    { type: "string", minLength: 1 },
    { type: "array", items: { type: "string" }, minItems: 1 },
  ],
};
const name = { type: "string", minLength: 1 };

function style(styleName: string, required: string[], properties: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "object",
    required: ["style", ...required],
    additionalProperties: false,
    properties: { style: { const: styleName }, ...properties },
  };
}

const pagination = {
  type: "object",
  required: ["style"],
  properties: { style: { enum: ["next-link", "link-header", "page", "offset", "cursor", "range"] } },
  allOf: [
    {
      if: { properties: { style: { const: "next-link" } } },
      then: style("next-link", ["items", "next"], { items: bodyPath, next: bodyPath }),
    },
    { if: { properties: { style: { const: "link-header" } } }, then: style("link-header", [], { items: bodyPath }) },
    {
      if: { properties: { style: { const: "page" } } },
      then: style("page", ["items", "pageParam"], {
        items: bodyPath,
        pageParam: name,
        firstPage: { type: "integer" },
        totalPages: bodyPath,
      }),
    },
    {
      if: { properties: { style: { const: "offset" } } },
      then: style("offset", ["items", "offsetParam"], {
        items: bodyPath,
        offsetParam: name,
        limitParam: name,
        total: bodyPath,
      }),
    },
    {
      if: { properties: { style: { const: "cursor" } } },
      then: style("cursor", ["items", "cursorParam", "nextCursor"], {
        items: bodyPath,
        cursorParam: name,
        nextCursor: bodyPath,
      }),
    },
    {
      if: { properties: { style: { const: "range" } } },
      then: style("range", ["unit"], {
        unit: name,
        pageSize: { type: "integer", minimum: 1 },
        items: bodyPath,
        format: { enum: ["standard", "dotted"] },
        order: { enum: ["asc", "desc"] },
      }),
    },
  ],
};

/** Acknowledged breaking changes (docs/review.md): each names a rule id (or `*`), optionally a subject, and why. */
const breakingOk = {
  type: "array",
  minItems: 1,
  items: {
    type: "object",
    required: ["rule", "reason"],
    additionalProperties: false,
    properties: { rule: { type: "string", pattern: "^(\\*|[a-z0-9]+(-[a-z0-9]+)*)$" }, subject: name, reason: name },
  },
};

/** Every extension specforge reads. */
export const EXTENSIONS: Readonly<Record<string, ExtensionDefinition>> = {
  "x-specforge-client": { sites: ["root"], schema: name },
  "x-specforge-breaking-ok": { sites: ["root"], schema: breakingOk },
  "x-specforge-resource": { sites: ["operation"], schema: name },
  "x-specforge-method": { sites: ["operation"], schema: name },
  "x-specforge-pagination": { sites: ["operation"], schema: pagination },
  "x-specforge-idempotency": {
    sites: ["root", "operation"],
    schema: {
      if: { type: "boolean" },
      then: { const: false },
      else: {
        type: "object",
        required: ["header"],
        additionalProperties: false,
        properties: { header: { type: "string", pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, auto: { type: "boolean" } },
      },
    },
  },
  "x-specforge-retry-safe": { sites: ["operation"], schema: { type: "boolean" } },
  "x-specforge-single-item-arrays": { sites: ["root", "operation"], schema: { type: "boolean" } },
  "x-specforge-environment": { sites: ["server"], schema: name },
  "x-specforge-signing": { sites: ["securityScheme"], schema: signingSchema },
  "x-specforge-default-headers": { sites: ["root"], schema: defaultHeadersSchema },
  "x-specforge-conditions": { sites: ["schema"], schema: conditionsSchema },
  "x-specforge-link": {
    sites: ["schema"],
    schema: {
      type: "object",
      required: ["href"],
      additionalProperties: false,
      properties: { href: name, method: name },
    },
    host: {
      schema: { type: "object", required: ["properties"], properties: { properties: { type: "object" } } },
      message: "applies only to object schemas with properties",
    },
  },
  "x-specforge-rpc": { sites: ["operation"], schema: rpcSchema },
  [XML_NODE_TYPE]: { sites: ["xml"], schema: { enum: ["text"] } },
  "x-specforge-token-grant-type": {
    sites: ["securityScheme"],
    schema: { enum: ["send", "omit"] },
    host: {
      schema: { type: "object", required: ["type"], properties: { type: { const: "oauth2" } } },
      message: "applies only to OAuth 2 schemes (type: oauth2)",
    },
  },
  "x-specforge-token-auth": {
    sites: ["securityScheme"],
    schema: { enum: TOKEN_AUTH_METHODS },
  },
  "x-specforge-client-default": {
    sites: ["parameter"],
    schema: {
      if: { type: "boolean" },
      then: { const: true },
      else: { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$-]*$" },
    },
  },
  "x-specforge-totp": {
    sites: ["securityScheme"],
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        algorithm: { enum: TOTP_ALGORITHMS },
        digits: { type: "integer", minimum: 1, maximum: 10 },
        period: { type: "integer", minimum: 1 },
        password: { type: "string", pattern: "\\{totp\\}" },
      },
    },
    host: {
      schema: {
        type: "object",
        required: ["type", "scheme"],
        properties: { type: { const: "http" }, scheme: { type: "string", pattern: "^[Bb][Aa][Ss][Ii][Cc]$" } },
      },
      message: "applies only to HTTP basic schemes (type: http, scheme: basic)",
    },
  },
};
