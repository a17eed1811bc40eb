import { afterEach, describe, expect, it } from "vitest";
import { resolveBaseUrl } from "../../templates/runtime/environments.js";

const environments = {
  production: { url: "https://api.example.com/v1" },
  regional: {
    url: "https://{region}.example.com/{version}",
    variables: { region: { default: "eu", enum: ["eu", "us"] }, version: { default: "v2" } },
  },
  relative: { url: "/api" },
};

afterEach(() => {
  delete (globalThis as { location?: unknown }).location;
});

describe("resolveBaseUrl", () => {
  it.each([
    [{}, "https://api.example.com/v1"],
    [{ environment: "regional" }, "https://eu.example.com/v2"],
    [{ environment: "regional", serverVariables: { region: "us", version: "v3" } }, "https://us.example.com/v3"],
    [{ baseUrl: "http://127.0.0.1:9/x" }, "http://127.0.0.1:9/x"],
  ])("%j → %s", (given, want) => {
    expect(resolveBaseUrl({ environments, defaultEnvironment: "production", ...given })).toBe(want);
  });
  it.each([
    [{ environment: "regional", serverVariables: { region: "mars" } }, /must be one of eu, us/],
    [{ environment: "regional", serverVariables: { version: "a/../b" } }, /unsafe value/],
    [{ environment: "regional", serverVariables: { version: "x@evil" } }, /unsafe value/],
    [{ environment: "staging" }, /unknown environment "staging"/],
    [{ environment: "production", baseUrl: "https://x" }, /either `baseUrl` or `environment`/],
    [{ environment: "relative" }, /is relative: pass `baseUrl`/],
  ])("%j throws %s", (given, message) => {
    expect(() => resolveBaseUrl({ environments, defaultEnvironment: "production", ...given })).toThrow(message);
  });
  it("resolves a relative server URL against the page in browsers", () => {
    (globalThis as { location?: unknown }).location = { href: "https://app.example.com/dashboard/" };
    expect(resolveBaseUrl({ environments, environment: "relative" })).toBe("https://app.example.com/api");
  });
  it("needs baseUrl when the API declares no servers", () => {
    expect(() => resolveBaseUrl({ environments: {} })).toThrow(/pass `baseUrl`/);
  });
});
