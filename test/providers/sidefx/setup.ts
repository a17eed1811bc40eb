/** Shared setup of the SideFX scenarios: the generated client (imported as TypeScript) pointed at the mock. */
import { afterAll, afterEach, beforeAll } from "vitest";
import { SideFx, type SideFxOptions } from "../../../generated/sidefx/src/index.js";
import type { MockApiClient } from "./mock-auth.js";
import { startSideFxMock, TEST_CLIENT, type SideFxMock } from "./mock-server.js";

/**
 * Starts a mock for the test file (closed after it) whose request log and faults are reset after each test; the
 * returned function gives the running mock.
 */
export function useSideFxMock(): () => SideFxMock {
  let mock: SideFxMock | undefined;
  beforeAll(async () => {
    mock = await startSideFxMock();
  });
  afterAll(() => mock?.close());
  afterEach(() => {
    if (mock === undefined) return;
    mock.requests.length = 0;
    mock.debug = false;
    mock.tokens.expiresIn = 43_200;
    mock.reset();
  });
  return () => {
    if (mock === undefined) throw new Error("the SideFX mock is not running");
    return mock;
  };
}

/** Which token endpoint the client uses: the documented one, or the standard OAuth 2 one. */
export type TokenScheme = "applicationToken" | "clientCredentials";

const TOKEN_PATHS: Readonly<Record<TokenScheme, string>> = {
  applicationToken: "/oauth2/application_token",
  clientCredentials: "/oauth2/token",
};

/** A client with `credentials` (the test client by default) configured for `scheme`, talking to the mock over http. */
export function sideFxClient(
  mock: SideFxMock,
  options: { scheme?: TokenScheme; credentials?: MockApiClient; client?: Omit<SideFxOptions, "auth" | "baseUrl"> } = {},
): SideFx {
  const scheme = options.scheme ?? "applicationToken";
  const credentials = options.credentials ?? TEST_CLIENT;
  const auth = {
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    tokenUrl: `${mock.origin}${TOKEN_PATHS[scheme]}`,
    allowInsecureTokenUrl: true,
  };
  return new SideFx({ ...options.client, baseUrl: mock.origin, auth: { [scheme]: auth } });
}

/** The `json` form field of a recorded form-encoded call, decoded. */
export function sentTriple(body: Buffer): unknown {
  const value = new URLSearchParams(body.toString("utf8")).get("json");
  return value === null ? undefined : JSON.parse(value);
}
