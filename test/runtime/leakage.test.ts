import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiAbortedError,
  ApiAuthError,
  ApiClient,
  ApiConnectionError,
  ApiDecodeError,
  ApiError,
  ApiPaginationError,
  ApiRedirectError,
  ApiRequestError,
  ApiTimeoutError,
  AuthenticationError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type ClientOptions,
  type FetchLike,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const S = {
  bearer: "tok-BEARER-8271",
  basicPassword: "pw-BASIC-5512",
  headerKey: "hk-HEADER-1934",
  queryKey: "qk-QUERY/+7731",
  cookieKey: "ck-COOKIE-4410",
  clientSecret: "cs-CLIENT/+s3cr3t",
  refreshToken: "rt-REFRESH-9920",
  accessToken: "at-ACCESS-6613",
  grantPassword: "pw-GRANT-3308",
  signingKey: "sk-SIGNING-7702",
  signature: "sig-VALUE-2291",
};
const ALL = Object.values(S);
const basic64 = Buffer.from(`user:${S.basicPassword}`).toString("base64");

const schemes: Record<string, SecuritySchemeSpec> = {
  bearer: { type: "http", scheme: "bearer" },
  basic: { type: "http", scheme: "basic" },
  headerKey: { type: "apiKey", in: "header", name: "X-Custom" },
  queryKey: { type: "apiKey", in: "query", name: "k" },
  cookieKey: { type: "apiKey", in: "cookie", name: "c" },
  hmac: { type: "signature" },
  oauth: {
    type: "oauth2",
    tokenEndpointAuth: "client_secret_basic",
    flows: { password: { tokenUrl: "/oauth/token", scopes: [] } },
  },
};

function op(security: string[], extra: Partial<OperationSpec> = {}): OperationSpec {
  return {
    method: "GET",
    path: "/secure",
    params: [],
    response: { accept: "application/json" },
    security: [security],
    ...extra,
  };
}
const staticSecurity = ["bearer", "headerKey", "queryKey", "cookieKey", "hmac"];

function client(options: Partial<ClientOptions> = {}): ApiClient {
  return new ApiClient({
    baseUrl: server.url,
    maxRetries: 0,
    securitySchemes: schemes,
    auth: {
      bearer: { token: async () => S.bearer },
      basic: { username: "user", password: S.basicPassword },
      headerKey: { key: S.headerKey },
      queryKey: { key: S.queryKey },
      cookieKey: { key: S.cookieKey },
      hmac: { sign: () => ({ "x-sig": S.signature }), secrets: [S.signingKey] },
      oauth: {
        clientId: "cid",
        clientSecret: S.clientSecret,
        username: "ann",
        password: S.grantPassword,
        allowInsecureTokenUrl: true,
      },
    },
    ...options,
  });
}

/** Everything a log line or a crash report could show of an error. */
function shown(error: unknown): string[] {
  const e = error as ApiError;
  const cause = e.cause as Error | undefined;
  return [
    e.message,
    e.stack ?? "",
    JSON.stringify(e),
    String(e),
    String(cause),
    cause?.stack ?? "",
    inspect(e, { depth: 8, showHidden: false }),
    inspect(cause, { depth: 8 }),
    String(e.url),
  ];
}

function expectNoSecrets(error: unknown, kind: abstract new (...args: never[]) => ApiError): void {
  expect(error).toBeInstanceOf(kind);
  const texts = shown(error);
  for (const text of texts) {
    for (const secret of [...ALL, basic64, encodeURIComponent(S.queryKey), encodeURIComponent(S.clientSecret)])
      expect(text).not.toContain(secret);
  }
}

/** A server that quotes the whole request back, as careless servers do. */
function echo(status: number): void {
  server.handle((req, res, rec) =>
    sendJson(res, status, {
      message: `${rec.url} ${JSON.stringify(req.headers)} ${rec.body.toString()}`,
      detail: String(req.headers.authorization),
    }),
  );
}

const fail = (promise: PromiseLike<unknown>): Promise<unknown> =>
  Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );

describe("no credential reaches an error's message, stack, JSON, cause or inspect output", () => {
  it.each([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [500, InternalServerError],
  ] as const)("status error %i whose body quotes the request", async (status, kind) => {
    echo(status);
    const error = await fail(client().request(op(staticSecurity), {}));
    expect(JSON.stringify((error as { body: unknown }).body)).toBeDefined();
    expect((error as Error).message).toContain("[REDACTED]");
    expectNoSecrets(error, kind);
  });

  it("status error with basic auth", async () => {
    echo(400);
    expectNoSecrets(await fail(client().request(op(["basic"]), {})), ApiError);
  });

  it("OAuth token endpoint error whose description quotes the form body and the Basic header", async () => {
    server.handle((req, res, rec) =>
      sendJson(res, 400, {
        error: "invalid_grant",
        error_description: `${rec.body.toString()} ${String(req.headers.authorization)} ${decodeURIComponent(rec.body.toString())}`,
      }),
    );
    expectNoSecrets(await fail(client().request(op(["oauth"]), {})), ApiAuthError);
  });

  it("a failed refresh whose error quotes the refresh and access tokens", async () => {
    server.handle((req, res, rec) => {
      if (rec.url === "/oauth/token")
        sendJson(res, 401, { error: "invalid_grant", error_description: `bad ${rec.body.toString()}` });
      else sendJson(res, 401, { detail: `rejected ${String(req.headers.authorization)}` });
    });
    const c = client({
      auth: {
        oauth: {
          clientId: "cid",
          clientSecret: S.clientSecret,
          flow: "password",
          tokens: { accessToken: S.accessToken, refreshToken: S.refreshToken },
          allowInsecureTokenUrl: true,
        },
      },
    });
    expectNoSecrets(await fail(c.request(op(["oauth"]), {})), ApiAuthError);
  });

  it("tokenStore failure whose message quotes the tokens", async () => {
    server.handle((_req, res) => sendJson(res, 200, { access_token: S.accessToken, refresh_token: S.refreshToken }));
    const c = client({
      auth: {
        oauth: {
          clientId: "cid",
          clientSecret: S.clientSecret,
          username: "ann",
          password: S.grantPassword,
          allowInsecureTokenUrl: true,
          tokenStore: {
            get: () => undefined,
            set: (t) => {
              throw new Error(`disk full writing ${JSON.stringify(t)}`);
            },
          },
        },
      },
    });
    expectNoSecrets(await fail(c.request(op(["oauth"]), {})), ApiAuthError);
  });

  it("connection error whose cause quotes URL and headers", async () => {
    const fetch: FetchLike = async (url, init) => {
      throw new TypeError(`fetch failed for ${url} with ${JSON.stringify([...new Headers(init.headers)])}`, {
        cause: new Error(`socket ${url}`),
      });
    };
    expectNoSecrets(await fail(client({ fetch }).request(op(staticSecurity), {})), ApiConnectionError);
  });

  it("timeout whose cause quotes the request", async () => {
    const fetch: FetchLike = (url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener("abort", () =>
          reject(new Error(`aborted ${url} ${JSON.stringify([...new Headers(init.headers)])}`)),
        ),
      );
    expectNoSecrets(await fail(client({ fetch, timeout: 20 }).request(op(staticSecurity), {})), ApiTimeoutError);
  });

  it("abort", async () => {
    const controller = new AbortController();
    server.handle(() => controller.abort());
    expectNoSecrets(
      await fail(client().request(op(staticSecurity), {}, { signal: controller.signal })),
      ApiAbortedError,
    );
  });

  it("redirect refusal whose Location carries the credentials", async () => {
    const fetch: FetchLike = async (url, init) =>
      new Response(null, {
        status: 302,
        headers: {
          location: `http://api.test/x?k=${encodeURIComponent(S.queryKey)}&h=${new Headers(init.headers).get("x-custom") ?? ""}&u=${encodeURIComponent(url)}`,
        },
      });
    const c = client({ fetch, baseUrl: "https://api.test" });
    expectNoSecrets(await fail(c.request(op(staticSecurity), {})), ApiRedirectError);
  });

  it("decode error whose parser message quotes the body", async () => {
    server.handle((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"echo": "${String(req.headers.authorization)} ${String(req.headers["x-custom"])}" oops`);
    });
    expectNoSecrets(await fail(client().request(op(staticSecurity), {})), ApiDecodeError);
  });

  it("pagination refusal", async () => {
    server.handle((req, res) =>
      sendJson(res, 200, { results: [1], next: `https://evil.test/?t=${String(req.headers.authorization)}` }),
    );
    const pageOp = op(staticSecurity, { pagination: { style: "next-link", items: ["results"], next: ["next"] } });
    const error = await (async () => {
      for await (const _ of client().paginate(pageOp, {})) void _;
    })().catch((e: unknown) => e);
    expectNoSecrets(error, ApiPaginationError);
  });

  it("signing hook failure whose message quotes the key", async () => {
    const c = client({
      auth: {
        hmac: {
          sign: () => {
            throw new Error(`cannot sign with ${S.signingKey}`);
          },
          secrets: [S.signingKey],
        },
      },
    });
    expectNoSecrets(await fail(c.request(op(["hmac"]), {})), ApiRequestError);
  });
});
