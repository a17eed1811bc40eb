/** A spec with every security scheme kind, server variables, pagination, idempotency and awkward bodies, for README tests. */

const orderInput = {
  type: "object",
  required: ["id", "customer_id", "items", "kind", "payment", "placed_at"],
  properties: {
    id: { type: "integer", readOnly: true },
    customer_id: { type: "integer", example: 7 },
    items: { type: "array", items: { $ref: "#/components/schemas/LineItem" } },
    kind: { type: "string", enum: ["standard", "express"] },
    payment: { $ref: "#/components/schemas/PaymentMethod" },
    placed_at: { type: "string", format: "date-time" },
    note: { type: "string" },
  },
};

/** Paths: spread JSON/multipart bodies, binary and text bodies, required header/path/query parameters, hostile text. */
const paths = {
  "/orders": {
    get: {
      operationId: "listOrders",
      tags: ["orders"],
      summary: "List orders (`status` | filter) <script>alert(1)</script>",
      "x-specforge-pagination": { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: ["meta", "next"] },
      parameters: [
        { name: "status", in: "query", required: true, schema: { type: "string", enum: ["open", "closed"] } },
        { name: "cursor", in: "query", schema: { type: "string" } },
      ],
      responses: {
        "200": {
          description: "ok",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { data: { type: "array", items: { type: "object" } }, meta: { type: "object" } },
              },
            },
          },
        },
      },
    },
    post: {
      operationId: "createOrder",
      tags: ["orders"],
      requestBody: { required: true, content: { "application/json": { schema: orderInput } } },
      responses: {
        "201": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
        "422": {
          description: "invalid",
          content: {
            "application/json": {
              schema: { type: "object", properties: { errors: { type: "array", items: { type: "string" } } } },
            },
          },
        },
      },
    },
  },
  "/orders/{orderId}": {
    get: {
      operationId: "getOrder",
      tags: ["orders"],
      parameters: [
        { name: "orderId", in: "path", required: true, schema: { type: "integer" }, example: 42 },
        { name: "X-Tenant", in: "header", required: true, schema: { type: "string", format: "uuid" } },
        {
          name: "expand",
          in: "query",
          required: true,
          schema: { type: "array", items: { type: "string", enum: ["items", "customer"] } },
        },
      ],
      responses: { "200": { description: "ok" } },
    },
  },
  "/files": {
    post: {
      operationId: "uploadFile",
      tags: ["files"],
      security: [{ apiKeyHeader: [] }, { apiKeyQuery: [] }, { apiKeyCookie: [] }],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file", "name", "tags"],
              properties: {
                file: { type: "string", format: "binary" },
                name: { type: "string", default: "upload.bin" },
                tags: { type: "array", items: { type: "string" } },
              },
            },
          },
        },
      },
      responses: { "204": { description: "ok" } },
    },
  },
  "/uploads/{name}": {
    put: {
      operationId: "putUpload",
      tags: ["files"],
      parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }],
      requestBody: {
        required: true,
        content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
      },
      responses: { "204": { description: "ok" } },
    },
  },
  "/notes": {
    post: {
      operationId: "addNote",
      tags: ["notes"],
      description: "Adds a note.\n\n# Heading from the spec\n\n[click](javascript:alert(1)) and `code <b>` stay inert.",
      requestBody: {
        required: true,
        content: { "text/plain": { schema: { type: "string", example: "Remember the milk" } } },
      },
      responses: { "204": { description: "ok" } },
    },
  },
  "/legacy": {
    get: {
      operationId: "legacy",
      tags: ["notes"],
      deprecated: true,
      summary: "Old `listing`",
      responses: { "200": { description: "ok" } },
    },
  },
  "/rpc": {
    post: {
      operationId: "call",
      tags: ["rpc"],
      "x-specforge-retry-safe": true,
      security: [{ signing: [] }, { mtls: [] }, { oidc: [] }, { tokenAuth: [] }],
      responses: { "200": { description: "ok" } },
    },
  },
  "/a|b`c": {
    get: {
      operationId: "pipes",
      tags: ["rpc"],
      security: [{ basicAuth: [] }, { oauth: ["read"] }, { totpAuth: [] }],
      responses: { "200": { description: "ok" } },
    },
  },
};

const securitySchemes = {
  basicAuth: { type: "http", scheme: "basic" },
  totpAuth: { type: "http", scheme: "basic", "x-specforge-totp": { password: "{pin}{totp}", digits: 8 } },
  bearerAuth: { type: "http", scheme: "bearer", description: "A token from the **dashboard** (`Settings` → API)." },
  tokenAuth: { type: "http", scheme: "Token" },
  apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key" },
  apiKeyQuery: { type: "apiKey", in: "query", name: "api_key" },
  apiKeyCookie: { type: "apiKey", in: "cookie", name: "sid" },
  oidc: { type: "openIdConnect", openIdConnectUrl: "https://id.example.com/.well-known/openid-configuration" },
  signing: {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    "x-specforge-signing": true,
    description: "HMAC-SHA256 of `VERB\\nContent-Type\\nDate`.",
  },
  mtls: { type: "mutualTLS" },
  oauth: {
    type: "oauth2",
    "x-specforge-token-auth": "client_secret_post",
    flows: {
      clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: { read: "Read", write: "Write" } },
      password: { tokenUrl: "https://auth.example.com/token", scopes: { read: "Read" } },
      authorizationCode: {
        authorizationUrl: "https://auth.example.com/authorize",
        tokenUrl: "https://auth.example.com/token",
        scopes: { read: "Read" },
      },
      implicit: { authorizationUrl: "https://auth.example.com/authorize", scopes: { read: "Read" } },
    },
  },
};

/** The spec (OpenAPI 3.1, for `mutualTLS`). */
export const KITCHEN_SINK_SPEC = {
  openapi: "3.1.0",
  info: {
    title: "Kitchen `Sink` <b>API</b>",
    version: "2",
    description: "Everything at once.\n\n<img src=x onerror=alert(1)> and `<kept>` in code.",
  },
  servers: [
    {
      url: "https://{region}.api.example.com/{version}",
      description: "Production",
      variables: {
        region: { default: "eu", enum: ["eu", "us"], description: "Data `region`" },
        version: { default: "v1" },
      },
    },
    { url: "https://sandbox.example.com", description: "Sandbox" },
  ],
  security: [{ bearerAuth: [] }],
  "x-specforge-idempotency": { header: "X-Idempotency-Key", auto: true },
  paths,
  components: {
    securitySchemes,
    schemas: {
      LineItem: {
        type: "object",
        required: ["sku", "quantity"],
        properties: { sku: { type: "string", examples: ["SKU-1"] }, quantity: { type: "integer", minimum: 1 } },
      },
      PaymentMethod: {
        oneOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Invoice" }],
        discriminator: {
          propertyName: "type",
          mapping: { card: "#/components/schemas/Card", invoice: "#/components/schemas/Invoice" },
        },
      },
      Card: {
        type: "object",
        required: ["type", "last4"],
        properties: { type: { type: "string" }, last4: { type: "string" } },
      },
      Invoice: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
    },
  },
};

/** No servers (so `baseUrl` is a required option), an API key and OAuth 2 client credentials, a paginated list. */
export const NO_SERVERS_SPEC = {
  openapi: "3.0.3",
  info: { title: "Serverless", version: "1" },
  security: [{ key: [] }],
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        tags: ["things"],
        "x-specforge-pagination": { style: "page", items: "results", pageParam: "page" },
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { type: "object", properties: { results: { type: "array", items: { type: "string" } } } },
              },
            },
          },
        },
      },
      post: {
        operationId: "createThing",
        tags: ["things"],
        security: [{ oauth: [] }],
        requestBody: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
            },
          },
        },
        responses: { "201": { description: "ok" } },
      },
    },
  },
  components: {
    securitySchemes: {
      key: { type: "apiKey", in: "header", name: "X-Key" },
      oauth: {
        type: "oauth2",
        flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: {} } },
      },
    },
  },
};
