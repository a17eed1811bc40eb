import { describe, expect, it } from "vitest";
import { encodeBase64Url, encodeUtf8Base64 } from "../../templates/runtime/base64.js";
import { findLink } from "../../templates/runtime/link-header.js";
import { readPath, resolveNextLink } from "../../templates/runtime/pagination.js";
import { setQueryParam } from "../../templates/runtime/query.js";
import { createRedactor } from "../../templates/runtime/redact.js";
import { nextHop, type Hop, type RedirectRules } from "../../templates/runtime/redirect.js";
import { parseRetryAfter } from "../../templates/runtime/retry.js";
import { SecretRegistry } from "../../templates/runtime/secret-registry.js";
import { ApiPaginationError, ApiRedirectError } from "../../templates/runtime/index.js";

describe("Link header", () => {
  it.each([
    ['<https://a.test/?p=2>; rel="next"', "https://a.test/?p=2"],
    ['<https://a.test/?p=1>; rel="prev", <https://a.test/?p=3>; rel="next"', "https://a.test/?p=3"],
    ['<https://a.test/?p=3>; title="a, b"; rel="last next"', "https://a.test/?p=3"],
    ["<https://a.test/?p=3>; REL=NEXT", "https://a.test/?p=3"],
    ['<https://a.test/?p=3>; rel="nextish"', undefined],
    ['<https://a.test/?p=1>; rel="first"', undefined],
  ])("%s → %s", (header, want) => {
    expect(findLink(header, "next")).toBe(want);
  });
});

describe("body paths and next links", () => {
  it("reads own properties only", () => {
    expect(readPath({ a: { b: [1] } }, ["a", "b"])).toEqual([1]);
    expect(readPath({ a: 1 }, ["a", "b"])).toBeUndefined();
    expect(readPath({}, ["constructor"])).toBeUndefined();
    expect(readPath([1], undefined)).toEqual([1]);
  });

  it.each([
    ["/api/items/?page=2", "https://api.test/api/items/?page=1", "https://api.test/api/items/?page=2"],
    ["?page=2", "https://api.test/api/items/?page=1", "https://api.test/api/items/?page=2"],
    ["http://api.test/items/?page=2", "https://api.test/items/", "https://api.test/items/?page=2"],
  ])("resolves %s against %s", (raw, page, want) => {
    expect(resolveNextLink(raw, page, "https://api.test")).toBe(want);
  });

  it.each(["https://evil.test/items/", "//evil.test/items/", "https://api.test:8443/items/", "http://api.test.evil/x"])(
    "refuses %s",
    (raw) => {
      expect(() => resolveNextLink(raw, "https://api.test/items/", "https://api.test")).toThrow(ApiPaginationError);
    },
  );
});

describe("query and encoding helpers", () => {
  it("sets a query parameter without re-encoding the others", () => {
    expect(setQueryParam("https://h/p?a=%20x&api_key=old&b=1#f", "api_key", "n/w")).toBe(
      "https://h/p?a=%20x&b=1&api_key=n%2Fw",
    );
    expect(setQueryParam("https://h/p", "k", "v")).toBe("https://h/p?k=v");
  });

  it("base64 of UTF-8 and base64url without padding", () => {
    expect(encodeUtf8Base64("zoë:pä")).toBe(Buffer.from("zoë:pä").toString("base64"));
    expect(encodeBase64Url(new Uint8Array([251, 255, 190]))).toBe("-_--");
    expect(encodeBase64Url(new Uint8Array([1]))).toBe("AQ");
  });
});

describe("secret registry", () => {
  it("scrubs raw, percent-encoded and form-encoded forms, including secrets added after the redactor was made", () => {
    const secrets = new SecretRegistry();
    const redactor = createRedactor({ secrets });
    secrets.addFixed("a b/c+d");
    secrets.addRotating("tok-late");
    expect(redactor.scrub("a b/c+d a%20b%2Fc%2Bd a+b%2Fc%2Bd tok-late")).toBe(
      "[REDACTED] [REDACTED] [REDACTED] [REDACTED]",
    );
  });

  it("ignores values shorter than 4 characters and keeps only recent rotating secrets", () => {
    const secrets = new SecretRegistry();
    secrets.addFixed("abc");
    for (let i = 0; i < 100; i++) secrets.addRotating(`token-${i}`);
    const values = [...secrets.values()];
    expect(values).not.toContain("abc");
    expect(values).toContain("token-99");
    expect(values).not.toContain("token-0");
  });
});

describe("retry headers by status", () => {
  it("reads rate-limit resets only on 429", () => {
    const headers = new Headers({ "ratelimit-reset": "3" });
    expect(parseRetryAfter(headers, 0, undefined, 429)).toBe(3000);
    expect(parseRetryAfter(headers, 0, undefined, 503)).toBeUndefined();
  });
});

describe("redirect rules", () => {
  const rules: RedirectRules = {
    origin: "https://api.test",
    credentials: { headers: new Set(["authorization", "cookie", "x-key"]), query: new Set(["api_key"]) },
    secrets: { values: () => ["s3cr3t-value"] },
    maxRedirects: 2,
    context: {},
  };
  const hop = (method: Hop["method"], body?: string): Hop => ({
    method,
    url: "https://api.test/a?x=1",
    headers: new Headers({
      authorization: "Bearer t",
      "x-key": "k",
      "content-type": "application/json",
      accept: "a/b",
    }),
    body,
    replayable: true,
    trusted: true,
  });

  it.each([
    [301, "POST", "GET"],
    [302, "POST", "GET"],
    [302, "PUT", "PUT"],
    [303, "PUT", "GET"],
    [303, "HEAD", "HEAD"],
    [307, "POST", "POST"],
    [308, "PATCH", "PATCH"],
  ] as const)("%i after %s → %s", (status, method, want) => {
    expect(nextHop(hop(method, "{}"), status, "/b", 0, rules).method).toBe(want);
  });

  it("strips credentials, body headers and secret query values when leaving the origin", () => {
    const next = nextHop(
      hop("GET"),
      302,
      "https://cdn.test/f?api_key=k1&sig=s3cr3t-value&X-Amz-Signature=keep",
      0,
      rules,
    );
    expect(next.trusted).toBe(false);
    expect(next.url).toBe("https://cdn.test/f?X-Amz-Signature=keep");
    expect([...next.headers.keys()].sort()).toEqual(["accept"]);
  });

  it("refuses at the hop limit", () => {
    expect(() => nextHop(hop("GET"), 302, "/b", 2, rules)).toThrow(ApiRedirectError);
  });
});
