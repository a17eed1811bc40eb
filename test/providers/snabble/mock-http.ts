/** HTTP helpers of the snabble mock: replies as data, snabble's error bodies (bare or wrapped), NDJSON streams. */

/** What a handler answers; the server writes it. `lines` is streamed as NDJSON, a few lines per chunk. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly lines?: Iterable<unknown>;
  readonly bytes?: Buffer;
}

/** Where an error body is wrapped: snabble's SDKs read `{"error": {…}}` from the app-facing services. */
export type ErrorStyle = "bare" | "wrapped";

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, json: value, headers };
}

/** A reply without a body. */
export function empty(status: number, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers };
}

/** The documented structured error `{type, message, details?}`, bare or wrapped in `error`. */
export function failure(
  status: number,
  style: ErrorStyle,
  type: string,
  message: string,
  details?: readonly unknown[],
): Reply {
  const error = { type, message, ...(details === undefined ? {} : { details }) };
  return json(status, style === "wrapped" ? { error } : error);
}

/** An NDJSON reply streamed line by line. */
export function ndjson(status: number, lines: Iterable<unknown>, contentType = "application/x-ndjson"): Reply {
  return { status, lines, headers: { "content-type": contentType } };
}

/** The media type of a request without parameters, lower-cased. */
export function essence(contentType: string | string[] | undefined): string {
  return String(contentType ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
}

/** Parses a JSON body; a malformed one or a wrong media type becomes snabble's 400/415. */
export function parseJsonBody(
  contentType: string | string[] | undefined,
  body: Buffer,
  accepted: readonly string[],
  style: ErrorStyle,
): { value: unknown } | Reply {
  const type = essence(contentType);
  if (!accepted.includes(type))
    return failure(415, style, "unsupported_media_type", `expected ${accepted.join(" or ")}, got "${type}"`);
  try {
    return { value: JSON.parse(body.toString("utf8")) as unknown };
  } catch (error) {
    return failure(400, style, "invalid_json", `invalid JSON: ${(error as Error).message}`);
  }
}

/** Parses an NDJSON body into lines (blank lines skipped); each line is a value or the text that did not parse. */
export function parseNdjsonBody(body: Buffer): ({ ok: true; value: unknown } | { ok: false; text: string })[] {
  return body
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return { ok: true as const, value: JSON.parse(line) as unknown };
      } catch {
        return { ok: false as const, text: line };
      }
    });
}

/** True when a parsed body is an error reply. */
export function isReply(value: unknown): value is Reply {
  return typeof value === "object" && value !== null && "status" in value;
}

/** A plain JSON object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
