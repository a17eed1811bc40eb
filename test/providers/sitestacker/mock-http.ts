/** HTTP helpers of the Site Stacker mock: replies as data, the documented error body, JSON request bodies. */

/** What a handler answers; the server adds the rate-limit headers and writes it. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, json: value, headers };
}

/** The documented error body: `message` always, `url` and `errors` only when relevant. */
export function fail(
  status: number,
  message: string,
  extra: { url?: string; errors?: Record<string, string[]> } = {},
  headers: Readonly<Record<string, string>> = {},
): Reply {
  return json(status, { message, ...extra }, headers);
}

/** `204 No Content`. */
export const NO_CONTENT: Reply = { status: 204 };

/** True when a value is a reply rather than data. */
export function isReply(value: unknown): value is Reply {
  return (
    typeof value === "object" && value !== null && "status" in value && typeof (value as Reply).status === "number"
  );
}

/** A create or update body: a JSON object sent as `application/json`, else 400. */
export function parseJsonObject(contentType: string | undefined, body: Buffer): Record<string, unknown> | Reply {
  const essence = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (essence !== "application/json") return fail(400, "Request bodies must be JSON (Content-Type: application/json)");
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return fail(400, "The request body must be a JSON object");
    return value as Record<string, unknown>;
  } catch {
    return fail(400, "The request body is not valid JSON");
  }
}

/** The value of a dotted reference key (`"folder.id"`) or of the nested form (`{"folder": {"id": …}}`), as a string. */
export function refValue(body: Record<string, unknown>, key: string): string | undefined {
  const [outer, inner] = key.split(".") as [string, string];
  const flat = body[key];
  const nested =
    typeof body[outer] === "object" && body[outer] !== null
      ? (body[outer] as Record<string, unknown>)[inner]
      : undefined;
  const value = flat ?? nested;
  return value === undefined || value === null ? undefined : String(value);
}

/** 422 with the messages per field, or undefined when there are none. */
export function validation(errors: Record<string, string[]>): Reply | undefined {
  return Object.keys(errors).length === 0 ? undefined : fail(422, "Validation failed", { errors });
}

/** Collects `field → messages` for required fields that are missing or empty. */
export function requireFields(body: Record<string, unknown>, fields: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    const value = field.includes(".") ? refValue(body, field) : body[field];
    if (value === undefined || value === null || value === "") errors[field] = [`${field} is required`];
  }
  return errors;
}
