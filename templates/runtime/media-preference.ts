// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * A client's preferred media types (`ClientOptions.preferredMediaTypes`): for APIs that offer the same resources in
 * several formats (XML and JSON), the client picks one once instead of on every call.
 */

import type { BodyVariant } from "./operation.js";

function essence(mediaType: string): string {
  return (mediaType.split(";")[0] ?? "").trim().toLowerCase();
}

function rank(mediaType: string, preferred: readonly string[]): number {
  const index = preferred.findIndex((p) => essence(p) === essence(mediaType));
  return index === -1 ? preferred.length : index;
}

/**
 * The Accept header for an operation's declared media types: only the preferred ones it offers, in order of
 * preference; the declared list unchanged when it offers none of them (or there is no preference).
 */
export function preferredAccept(
  accept: string | undefined,
  preferred: readonly string[] | undefined,
): string | undefined {
  if (accept === undefined || preferred === undefined || preferred.length === 0) return accept;
  const offered = accept
    .split(",")
    .map((m) => m.trim())
    .filter((m) => m !== "");
  const kept = offered
    .filter((m) => rank(m, preferred) < preferred.length)
    .sort((a, b) => rank(a, preferred) - rank(b, preferred));
  return kept.length === 0 ? accept : kept.join(", ");
}

/** The request body variant to use when the call names none: the most preferred one offered, else undefined. */
export function preferredVariant(
  variants: readonly BodyVariant[],
  preferred: readonly string[] | undefined,
): BodyVariant | undefined {
  if (preferred === undefined) return undefined;
  let best: BodyVariant | undefined;
  for (const variant of variants) {
    if (rank(variant.mediaType, preferred) < (best === undefined ? preferred.length : rank(best.mediaType, preferred)))
      best = variant;
  }
  return best;
}
