import { describe, expect, it } from "vitest";
import { applyOperationExtensions } from "../../generator/normalize/build-operation-extensions.js";
import { buildSecuritySchemes, securityAlternatives } from "../../generator/normalize/build-security.js";
import { makeOperation } from "./op-factory.js";

const doc = {
  security: [{ bearer: [] }],
  "x-specforge-idempotency": { header: "X-Idempotency-Key", auto: true },
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "Bearer", bearerFormat: "JWT" },
      key: { type: "apiKey", in: "query", name: "api_key", description: "Key" },
      oauth: {
        type: "oauth2",
        "x-specforge-token-auth": "client_secret_post",
        flows: { clientCredentials: { tokenUrl: "https://a/token", scopes: { write: "w", read: "r" } } },
      },
      hmac: { type: "apiKey", in: "header", name: "Authorization", "x-specforge-signing": true },
    },
  },
};

describe("buildSecuritySchemes", () => {
  it("turns each scheme into runtime data, sorted by name", () => {
    expect(buildSecuritySchemes(doc)).toEqual([
      { name: "bearer", spec: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      { name: "hmac", spec: { type: "signature" } },
      { name: "key", spec: { type: "apiKey", in: "query", name: "api_key" }, description: "Key" },
      {
        name: "oauth",
        spec: {
          type: "oauth2",
          tokenEndpointAuth: "client_secret_post",
          flows: {
            clientCredentials: {
              tokenUrl: "https://a/token",
              authorizationUrl: undefined,
              refreshUrl: undefined,
              scopes: ["read", "write"],
            },
          },
        },
      },
    ]);
  });
});

describe("x-specforge-token-grant-type", () => {
  it("omit marks the scheme's client credentials requests as having no grant_type", () => {
    const flows = { clientCredentials: { tokenUrl: "https://a/application_token", scopes: {} } };
    const schemes = {
      app: { type: "oauth2", "x-specforge-token-grant-type": "omit", flows },
      std: { type: "oauth2", "x-specforge-token-grant-type": "send", flows },
    };
    const built = buildSecuritySchemes({ components: { securitySchemes: schemes } });
    expect(built.map((s) => [s.name, s.spec.type === "oauth2" ? s.spec.tokenGrantType : "not oauth2"])).toEqual([
      ["app", "omit"],
      ["std", undefined],
    ]);
  });
});

describe("securityAlternatives", () => {
  it.each([
    [{}, [["bearer"]]],
    [{ security: [] }, []],
    [{ security: [{}, { key: [], oauth: ["read"] }] }, [[], ["key", "oauth"]]],
  ])("%j → %j", (op, want) => {
    expect(securityAlternatives(doc, op)).toEqual(want);
  });
  it("is undefined when nothing declares security", () => {
    expect(securityAlternatives({}, {})).toBeUndefined();
  });
});

describe("applyOperationExtensions", () => {
  it("reads pagination with body paths as arrays, idempotency (root applies to POST) and retry safety", () => {
    const op = makeOperation({ method: "post", path: "/rpc" });
    applyOperationExtensions(op, doc, {
      "x-specforge-pagination": { style: "next-link", items: "results", next: ["links", "next"] },
      "x-specforge-retry-safe": true,
    });
    expect(op.pagination).toEqual({ style: "next-link", items: ["results"], next: ["links", "next"] });
    expect(op.idempotency).toEqual({ header: "X-Idempotency-Key", auto: true });
    expect(op.retrySafe).toBe(true);
  });
  it("does not apply root idempotency to GET, and `false` on an operation turns it off", () => {
    const get = makeOperation({ method: "get", path: "/x" });
    applyOperationExtensions(get, doc, {});
    const post = makeOperation({ method: "post", path: "/x" });
    applyOperationExtensions(post, doc, { "x-specforge-idempotency": false });
    expect([get.idempotency, post.idempotency]).toEqual([undefined, undefined]);
  });
});

describe("x-specforge-totp", () => {
  it("fills RFC 6238's defaults and keeps the password template; only on HTTP basic", () => {
    const schemes = buildSecuritySchemes({
      components: {
        securitySchemes: {
          app: {
            type: "http",
            scheme: "basic",
            "x-specforge-totp": { algorithm: "SHA-256", digits: 8, period: 30, password: "{totp}:{userId}" },
          },
          plain: { type: "http", scheme: "Basic", "x-specforge-totp": {} },
          bearer: { type: "http", scheme: "bearer", "x-specforge-totp": {} },
        },
      },
    });
    expect(schemes.map((s) => [s.name, s.spec.type === "http" ? s.spec.totp : "not http"])).toEqual([
      ["app", { algorithm: "SHA-256", digits: 8, period: 30, password: "{totp}:{userId}" }],
      ["bearer", undefined],
      ["plain", { algorithm: "SHA-1", digits: 6, period: 30, password: "{totp}" }],
    ]);
  });
});
