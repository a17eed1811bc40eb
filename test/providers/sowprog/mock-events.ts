/**
 * Events in the SOWPROG mock: created as DRAFT, title/description/punchline mandatory, formats of dates, hours,
 * currencies and enums checked, references checked, picture upload (multipart part `file`), and publishing only
 * with a picture.
 */
import { parseMultipart } from "../../runtime/test-server.js";
import {
  createReply,
  found,
  getReply,
  listReply,
  mandatory,
  present,
  reference,
  updateReply,
  valueAt,
  type Context,
  type Validator,
} from "./mock-entities.js";
import type { Doc } from "./mock-format.js";
import { isReply, message, ok, type ErrorMessage, type Reply } from "./mock-http.js";
import type { Entity } from "./mock-store.js";

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;
const STATUSES = ["DRAFT", "PUBLISHED", "UNPUBLISHED"];
const BILLINGS = ["HEADLINE", "SUPPORT"];

function list(value: unknown): Doc[] {
  return Array.isArray(value) ? (value as Doc[]) : [];
}

function badFormat(element: string, expectedFormat: string): ErrorMessage {
  return { errorCode: "BAD_FORMAT", element, expectedFormat };
}

function formatErrors(data: Doc): ErrorMessage[] {
  const errors: ErrorMessage[] = [];
  if (data.status !== undefined && !STATUSES.includes(String(data.status)))
    errors.push(badFormat("status", STATUSES.join("|")));
  for (const date of list(valueAt(data, "eventSchedule.eventScheduleDate"))) {
    if (date.date !== undefined && !DATE.test(String(date.date)))
      errors.push(badFormat("eventSchedule.eventScheduleDate.date", "yyyy-MM-dd"));
    for (const key of ["startHour", "endHour"]) {
      if (date[key] !== undefined && !HOUR.test(String(date[key])))
        errors.push(badFormat(`eventSchedule.eventScheduleDate.${key}`, "HH:mm"));
    }
  }
  for (const price of list(valueAt(data, "offer.eventPrice"))) {
    if (price.currency !== undefined && !/^[A-Z]{3}$/.test(String(price.currency)))
      errors.push(badFormat("offer.eventPrice.currency", "ISO 4217 code, e.g. EUR"));
  }
  for (const artist of list(data.artist)) {
    if (artist.billing !== undefined && !BILLINGS.includes(String(artist.billing)))
      errors.push(badFormat("artist.billing", BILLINGS.join("|")));
  }
  return errors;
}

function referenceErrors(data: Doc, ctx: Context): ErrorMessage[] {
  const artists = list(data.artist).flatMap((a) => reference(a, "artist", "artist", ctx.store));
  return [
    ...reference(data, "eventDescription.eventType", "eventType", ctx.store),
    ...reference(data, "eventDescription.eventStyle", "eventStyle", ctx.store),
    ...reference(data, "eventGroup", "eventGroup", ctx.store),
    ...reference(data, "location", "location", ctx.store),
    ...artists,
  ];
}

/** Every rule an event must pass after create or update, mandatory elements first (in the documented order). */
export const validateEvent: Validator = (data, ctx) => {
  const errors = [
    ...mandatory(data, ["eventDescription.title", "eventDescription.description", "eventDescription.punchline"]),
    ...formatErrors(data),
    ...referenceErrors(data, ctx),
  ];
  if (
    errors.length === 0 &&
    data.status === "PUBLISHED" &&
    valueAt(data, "eventDescription.pictureUrl") === undefined
  ) {
    errors.push({ errorCode: "MANDATORY_ELEMENT", element: "picture" });
  }
  return errors;
};

/** Text the `query` parameter searches. */
function searchable(entity: Entity): string {
  const description = (entity.data.eventDescription ?? {}) as Doc;
  return ["title", "punchline", "description", "pictureCredit"]
    .map((k) => String(description[k] ?? ""))
    .join("\n")
    .toLowerCase();
}

/** True when every date of the event is before the mock's today (an event without dates is never past). */
function isPast(entity: Entity, today: string): boolean {
  const dates = list(valueAt(entity.data, "eventSchedule.eventScheduleDate")).map((d) => String(d.date ?? ""));
  return dates.length > 0 && dates.every((d) => d < today);
}

function listEvents(ctx: Context): Reply {
  const query = ctx.url.searchParams.get("query")?.toLowerCase();
  const includePast = ctx.url.searchParams.get("includePastEvents") === "true";
  const today = new Date(ctx.now()).toISOString().slice(0, 10);
  return listReply(
    ctx,
    "event",
    (e) => (query === undefined || searchable(e).includes(query)) && (includePast || !isPast(e, today)),
  );
}

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif"];

/** `PUT /events/{id}/picture`: one multipart part named `file` holding an image; answers the updated event. */
function uploadPicture(ctx: Context): Reply {
  const entity = found(ctx, "event", "eventId");
  if (isReply(entity)) return entity;
  const contentType = ctx.headers["content-type"] ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data"))
    return message(400, [{ errorCode: "MANDATORY_ELEMENT", element: "file" }]);
  let parts;
  try {
    parts = parseMultipart(ctx.body, contentType);
  } catch {
    return message(400, [badFormat("file", "multipart/form-data")]);
  }
  const file = parts.find((p) => p.name === "file" && p.data.length > 0);
  if (file === undefined) return message(400, [{ errorCode: "MANDATORY_ELEMENT", element: "file" }]);
  if (!IMAGE_TYPES.includes((file.contentType ?? "").toLowerCase()))
    return message(400, [badFormat("file", IMAGE_TYPES.join("|"))]);
  const id = entity.sowprogId.id;
  ctx.store.pictures.set(id, { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.data) });
  const description = {
    ...((entity.data.eventDescription ?? {}) as Doc),
    pictureUrl: `${ctx.base.replace(/\/api\/v1$/, "")}/pictures/${id}.jpg`,
  };
  const saved = ctx.store.save(entity, { ...entity.data, eventDescription: description });
  return ok("eventResponse", { event: present(saved, ctx.base) });
}

/** Route table of the event resource. */
export const EVENT_ROUTES: readonly [string, string, (ctx: Context) => Reply][] = [
  ["GET", "/events", listEvents],
  ["POST", "/events", (ctx) => createReply(ctx, "event", validateEvent, { status: "DRAFT" })],
  ["GET", "/events/{eventId}", (ctx) => getReply(ctx, "event", "eventId")],
  ["PUT", "/events/{eventId}", (ctx) => updateReply(ctx, "event", "eventId", validateEvent)],
  ["PUT", "/events/{eventId}/picture", uploadPicture],
];
