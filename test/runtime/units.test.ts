import { describe, expect, it } from "vitest";
import { createRedactor, isSensitiveName, redactHeaders, redactUrl } from "../../templates/runtime/redact.js";
import {
  computeRetryDelay,
  isRetryableRequest,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
} from "../../templates/runtime/retry.js";
import { decodeXml, encodeXml, decodeXmlText } from "../../templates/runtime/xml.js";
import { parseJsonSafely } from "../../templates/runtime/json.js";
import { encodeAllowReserved, encodeStrict } from "../../templates/runtime/encode.js";
import type { HttpMethod } from "../../templates/runtime/operation.js";

describe("retry policy", () => {
  it.each([
    ["GET", undefined, true],
    ["HEAD", undefined, true],
    ["PUT", undefined, true],
    ["DELETE", undefined, true],
    ["OPTIONS", undefined, true],
    ["POST", undefined, false],
    ["PATCH", undefined, false],
    ["POST", "k", true],
    ["PATCH", "k", true],
    ["POST", "", false],
  ] as const)("%s with key %j → retryable %s", (method: HttpMethod, key, want) => {
    expect(isRetryableRequest(method, { idempotencyKey: key })).toBe(want);
  });

  it.each([
    [{ "retry-after": "3" }, 3000],
    [{ "retry-after": " 0 " }, 0],
    [{ "retry-after-ms": "250" }, 250],
    [{ "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }, 10_000],
    [{ "retry-after": "Wed, 31 Dec 2025 23:00:00 GMT" }, 0],
    [{ "retry-after": "soon" }, undefined],
    [{}, undefined],
  ])("parses %j as %s ms", (headers, want) => {
    expect(parseRetryAfter(new Headers(headers), Date.UTC(2026, 0, 1))).toBe(want);
  });

  it("honours Retry-After but caps it at 60 s", () => {
    expect(computeRetryDelay({ attempt: 0, retryAfterMs: 1500 })).toBe(1500);
    expect(computeRetryDelay({ attempt: 0, retryAfterMs: 3_600_000 })).toBe(MAX_RETRY_AFTER_MS);
  });

  it("backs off exponentially with up to 25 % jitter, capped at 8 s", () => {
    const delays = [0, 1, 2, 3, 4, 5].map((attempt) => computeRetryDelay({ attempt, random: () => 0 }));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(computeRetryDelay({ attempt: 1, random: () => 0.999 })).toBeGreaterThanOrEqual(750);
    expect(computeRetryDelay({ attempt: 1, random: () => 0.999 })).toBeLessThan(1000);
  });
});

describe("redaction", () => {
  it.each([
    "api_key",
    "access_token",
    "X-Api-Key",
    "client_secret",
    "password",
    "signature",
    "sig",
    "Authorization",
    "cookie",
    "refresh_token",
  ])("%s is sensitive", (name) => expect(isSensitiveName(name)).toBe(true));
  it.each(["page", "author", "limit", "q", "design"])("%s is not", (name) => expect(isSensitiveName(name)).toBe(false));

  it("redacts credential query values and userinfo but keeps the rest of the URL", () => {
    expect(redactUrl("https://u:p@h.test/a?page=2&api_key=abc&access%5Ftoken=x&flag#frag")).toBe(
      "https://[REDACTED]@h.test/a?page=2&api_key=[REDACTED]&access%5Ftoken=[REDACTED]&flag",
    );
  });

  it("redacts sensitive headers in a sorted copy", () => {
    const headers = new Headers({ Authorization: "Bearer t0ken", "X-Api-Key": "k3y", Accept: "a" });
    expect(redactHeaders(headers)).toEqual({ accept: "a", authorization: "[REDACTED]", "x-api-key": "[REDACTED]" });
  });

  it("scrubs known secret values, raw and decoded, from free text", () => {
    const redactor = createRedactor({
      url: "https://h/x?token=a%2Bb%2Bc%2Bd",
      headers: new Headers({ authorization: "Basic dXNlcjpwYXNz" }),
    });
    expect(redactor.scrub("got a+b+c+d and a%2Bb%2Bc%2Bd and Basic dXNlcjpwYXNz and dXNlcjpwYXNz")).toBe(
      "got [REDACTED] and [REDACTED] and [REDACTED] and [REDACTED]",
    );
  });
});

describe("percent-encoding", () => {
  it("strict encoding leaves only unreserved characters", () => {
    expect(encodeStrict("AZaz09-._~ !*'()[]|/?#&=+;,:@$%é")).toBe(
      "AZaz09-._~%20%21%2A%27%28%29%5B%5D%7C%2F%3F%23%26%3D%2B%3B%2C%3A%40%24%25%C3%A9",
    );
  });
  it("allowReserved keeps reserved characters except # & = +", () => {
    expect(encodeAllowReserved(":/?[]@!$'()*,; #&=+%")).toBe(":/?[]@!$'()*,;%20%23%26%3D%2B%25");
  });
});

describe("safe JSON", () => {
  it("drops __proto__ members at any depth and leaves Object.prototype alone", () => {
    const value = parseJsonSafely('{"a":[{"__proto__":{"x":1}}],"__proto__":{"y":2}}') as { a: object[] };
    expect(value).toEqual({ a: [{}] });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });
});

describe("XML codec", () => {
  it("decodes predefined entities and character references only", () => {
    expect(decodeXmlText("&lt;a&gt; &amp;amp; &#65;&#x42; &unknown; &#0;")).toBe("<a> &amp; AB &unknown; &#0;");
  });

  it("round-trips a shaped object", () => {
    const shape = {
      name: "order",
      properties: {
        id: { attribute: true, type: "integer" as const },
        lines: {
          array: true,
          wrapped: true,
          name: "lines",
          items: { name: "line", properties: { qty: { type: "number" as const } } },
        },
        paid: { type: "boolean" as const },
      },
    };
    const value = { id: 3, lines: [{ qty: 1.5, sku: "a<b" }], paid: true };
    const xml = encodeXml(value, shape);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><order id="3"><lines><line><qty>1.5</qty><sku>a&lt;b</sku></line></lines><paid>true</paid></order>',
    );
    expect(decodeXml(xml, shape)).toEqual(value);
  });

  it("decodes a root array whose shape says array, even with one item", () => {
    const shape = { name: "items", array: true, wrapped: true, items: { name: "item", type: "integer" as const } };
    expect(decodeXml("<items><item>4</item></items>", shape)).toEqual([4]);
    expect(decodeXml("<items/>", shape)).toEqual([]);
  });

  it("puts the default namespace on the root", () => {
    expect(encodeXml({ a: "1" }, { name: "r", namespace: "urn:r" })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><r xmlns="urn:r"><a>1</a></r>',
    );
  });

  it.each(["<!DOCTYPE r><r/>", '<!ENTITY x "y"><r/>', "<r><!DOCTYPE x></r>"])("refuses %s", (xml) => {
    expect(() => decodeXml(xml, undefined)).toThrow(/DOCTYPE|ENTITY/);
  });

  it("refuses elements named after prototype keys", () => {
    expect(() => decodeXml("<r><__proto__><x>1</x></__proto__></r>", undefined)).toThrow();
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });
});
