/** HTTP helpers of the Sonlet mock: replies as data, and request bodies parsed the way Django REST Framework's parsers do. */
import { parseMultipart } from "../../runtime/test-server.js";

/** What a handler answers; the server writes it (or drops the connection instead, for fault injection). */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, json: value, headers };
}

/** A redirect to `location`. */
export function redirect(status: 301 | 302, location: string): Reply {
  return { status, headers: { location } };
}

/** DRF's `{"detail": …}` error body. */
export function detail(status: number, message: string, headers: Readonly<Record<string, string>> = {}): Reply {
  return json(status, { detail: message }, headers);
}

/** An uploaded file of a multipart body. */
export interface UploadedFile {
  readonly filename: string;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** A parsed request body: plain fields (JSON values or strings) and files. */
export interface ParsedBody {
  readonly mediaType: "json" | "form" | "multipart" | "none";
  readonly fields: Readonly<Record<string, unknown>>;
  readonly files: Readonly<Record<string, UploadedFile>>;
}

/** Parses JSON, form-urlencoded and multipart bodies; anything else is DRF's 415 (returned as a `Reply`). */
export function parseBody(contentType: string | undefined, body: Buffer): ParsedBody | Reply {
  const essence = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (body.length === 0) return { mediaType: "none", fields: {}, files: {} };
  if (essence === "application/json") {
    try {
      const value: unknown = JSON.parse(body.toString("utf8"));
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return detail(400, "Invalid data. Expected a dictionary, but got list.");
      return { mediaType: "json", fields: value as Record<string, unknown>, files: {} };
    } catch (error) {
      return detail(400, `JSON parse error - ${(error as Error).message}`);
    }
  }
  if (essence === "application/x-www-form-urlencoded") {
    return { mediaType: "form", fields: Object.fromEntries(new URLSearchParams(body.toString("utf8"))), files: {} };
  }
  if (essence === "multipart/form-data") {
    const fields: Record<string, unknown> = {};
    const files: Record<string, UploadedFile> = {};
    for (const part of parseMultipart(body, contentType ?? "")) {
      if (part.name === undefined) continue;
      if (part.filename !== undefined)
        files[part.name] = { filename: part.filename, contentType: part.contentType, data: part.data };
      else fields[part.name] = part.data.toString("utf8");
    }
    return { mediaType: "multipart", fields, files };
  }
  return detail(415, `Unsupported media type "${essence}" in request.`);
}

/** True when a parse result is an error reply. */
export function isReply(value: ParsedBody | Reply): value is Reply {
  return "status" in value;
}
