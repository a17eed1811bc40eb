/** Shared setup of the Site Stacker scenarios: the generated client (imported as TypeScript) pointed at the mock. */
import { createHmac } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { SiteStacker, type SiteStackerOptions } from "../../../generated/sitestacker/src/index.js";
import type { Recorded } from "../../runtime/test-server.js";
import type { ApiKey } from "./mock-auth.js";
import { TEST_KEY, type SiteStackerMock } from "./mock-server.js";

/** A client signing with `key` (the test key by default), talking to the mock. */
export function siteStackerClient(
  mock: SiteStackerMock,
  options: Omit<SiteStackerOptions, "auth" | "baseUrl"> = {},
  key: Pick<ApiKey, "keyId" | "secret"> = TEST_KEY,
): SiteStacker {
  return new SiteStacker({
    ...options,
    baseUrl: mock.apiBase,
    auth: { hmac: { keyId: key.keyId, secret: key.secret } },
  });
}

/** `METHOD path?query` of each recorded request, for wire-order assertions. */
export function wireLines(requests: readonly Recorded[]): string[] {
  return requests.map((r) => `${r.method} ${r.url}`);
}

/** The decoded `search` parameter of a recorded request. */
export function sentSearch(request: Recorded): unknown {
  const raw = new URL(request.url, "http://x").searchParams.get("search");
  return raw === null ? undefined : JSON.parse(raw);
}

/** The raw (still percent-encoded) query of a recorded request. */
export function rawQuery(request: Recorded): string {
  return request.url.slice(request.url.indexOf("?") + 1);
}

/** The signature header Site Stacker expects, computed independently from what was sent. */
export function expectedAuthorization(
  headers: IncomingHttpHeaders,
  method: string,
  key: Pick<ApiKey, "keyId" | "secret"> = TEST_KEY,
): string {
  const text = `${method}\n${headers["content-type"] ?? ""}\n${String(headers["ss-date"])}`;
  return `HMAC ${key.keyId}:${createHmac("sha256", key.secret).update(text).digest("hex")}`;
}

/** Signs a raw request the way the guide says, for driving the mock without the client. */
export function signedHeaders(
  method: string,
  date: string,
  contentType?: string,
  key: Pick<ApiKey, "keyId" | "secret"> = TEST_KEY,
): Record<string, string> {
  const signature = createHmac("sha256", key.secret)
    .update(`${method}\n${contentType ?? ""}\n${date}`)
    .digest("hex");
  return {
    authorization: `HMAC ${key.keyId}:${signature}`,
    "ss-date": date,
    ...(contentType === undefined ? {} : { "content-type": contentType }),
  };
}

/** A date in the guide's format (`Tue, 27 Mar 2007 19:36:42 +0000`). */
export function guideDate(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, "+0000");
}
