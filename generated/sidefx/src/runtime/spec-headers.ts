// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Headers the spec declares for every request (`x-specforge-default-headers`), minus those a browser controls. Generated
 * clients put them first in the client's `headers`, so a client's or call's own headers replace or remove (`null`) them.
 */

import type { HeaderValues } from "./headers.js";

/** True in a browser (main thread or worker): every browser's `navigator.userAgent` starts with `Mozilla/`; Node, Deno, Bun and edge workers name themselves. */
export function isBrowser(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  return typeof agent === "string" && agent.startsWith("Mozilla/");
}

/**
 * The spec's default headers for this environment. A browser sends its own `User-Agent` (Chrome ignores a script's,
 * Firefox would send it but then needs a CORS preflight), so the spec's is left out there.
 */
export function specHeadersFor(
  headers: HeaderValues | undefined,
  browser: boolean = isBrowser(),
): HeaderValues | undefined {
  if (headers === undefined || !browser) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "user-agent"));
}
