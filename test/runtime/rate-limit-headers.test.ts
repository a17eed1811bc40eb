/** `readRateLimit` and the spec's default headers (`specHeadersFor`): small helpers with table-driven cases. */
import { describe, expect, it } from "vitest";
import { readRateLimit, specHeadersFor } from "../../templates/runtime/index.js";

const NOW = Date.UTC(2013, 6, 1, 17, 27, 6);

describe("readRateLimit", () => {
  const cases: [string, Record<string, string>, ReturnType<typeof readRateLimit>][] = [
    [
      "epoch reset (Site Stacker, GitHub)",
      { "RateLimit-Limit": "5000", "RateLimit-Remaining": "4999", "RateLimit-Reset": "1372700873" },
      { limit: 5000, remaining: 4999, resetAt: new Date(1372700873000) },
    ],
    [
      "delta reset (IETF draft)",
      { "ratelimit-limit": "100", "ratelimit-remaining": "0", "ratelimit-reset": "30" },
      { limit: 100, remaining: 0, resetAt: new Date(NOW + 30_000) },
    ],
    [
      "X- headers",
      { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59" },
      { limit: 60, remaining: 59, resetAt: undefined },
    ],
    ["unreadable values count as absent", { "RateLimit-Limit": "lots", "RateLimit-Remaining": "-1" }, undefined],
    ["none", { "content-type": "application/json" }, undefined],
  ];
  it.each(cases)("%s", (_name, headers, want) => {
    expect(readRateLimit(new Headers(headers), NOW)).toEqual(want);
    expect(readRateLimit(new Response(null, { headers }), NOW)).toEqual(want);
  });
});

describe("specHeadersFor", () => {
  const spec = { Accept: "application/json; version=1", "User-Agent": "specforge-x/1.0.0" };
  it("keeps every header outside browsers and drops User-Agent in browsers", () => {
    expect(specHeadersFor(spec, false)).toEqual(spec);
    expect(specHeadersFor(spec, true)).toEqual({ Accept: "application/json; version=1" });
    expect(specHeadersFor(undefined, true)).toBeUndefined();
  });

  it("detects browsers by navigator.userAgent (Node is not one)", () => {
    expect(specHeadersFor(spec)).toEqual(spec);
    const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    Object.defineProperty(globalThis, "navigator", {
      value: { userAgent: "Mozilla/5.0 (X11; Linux x86_64)" },
      configurable: true,
    });
    try {
      expect(specHeadersFor(spec)).toEqual({ Accept: "application/json; version=1" });
    } finally {
      if (saved) Object.defineProperty(globalThis, "navigator", saved);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });
});
