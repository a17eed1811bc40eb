/** Shared setup of the snabble scenarios: the generated client (imported as TypeScript) pointed at the mock. */
import { Snabble, type SnabbleOptions } from "../../../generated/snabble/src/index.js";
import type { Recorded } from "../../runtime/test-server.js";
import type { SnabbleMock } from "./mock-server.js";

/** The project every scenario works in, and a second one that shares nothing with it. */
export const PROJECT = "demo-ab42xy";
export const OTHER_PROJECT = "other-xy12ab";
/** The app installation id the SDKs send as `Client-ID`. */
export const CLIENT_ID = "0c6b2bd9-35b7-4b2e-8e0a-2a0e3d2a8f8a";

/** A client for `PROJECT` with a JWT holding every documented permission (or the permissions given). */
export function snabbleClient(
  mock: SnabbleMock,
  options: Partial<SnabbleOptions> & { permissions?: readonly string[] } = {},
): Snabble {
  const { permissions, ...rest } = options;
  return new Snabble({
    baseUrl: mock.origin,
    project: PROJECT,
    auth: { jwt: { token: mock.issueJwt(PROJECT, permissions) } },
    ...rest,
  });
}

/** `METHOD path?query` of each recorded request. */
export function wireLines(requests: readonly Recorded[]): string[] {
  return requests.map((r) => `${r.method} ${r.url}`);
}

/** The NDJSON lines of a recorded body, parsed. */
export function ndjsonLines(request: Recorded): unknown[] {
  return request.body
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
}

/** Collects an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The structured error inside a snabble error body, whichever shape it came in. */
export function structuredError<T extends object>(body: T | { error: T }): T {
  return "error" in body && typeof body.error === "object" && body.error !== null ? (body.error as T) : (body as T);
}
