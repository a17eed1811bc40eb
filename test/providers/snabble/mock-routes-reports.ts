/** Orders, closings (paged with page/perPage, log files behind a redirect) and closing schedules, as api_orders.md describes them. */
import { asRecord, empty, failure, isReply, json, parseJsonBody, type Reply } from "./mock-http.js";
import { route, type Call, type Route } from "./mock-router.js";
import type { Json } from "./mock-store.js";

function notFound(what: string, id: string): Reply {
  return failure(404, "bare", `${what}_not_found`, `${what} with id '${id}' not found`);
}

function orders(call: Call): Reply {
  const date = call.url.searchParams.get("date");
  const shopID = call.url.searchParams.get("shopID");
  const externalID = call.url.searchParams.get("shop.externalID");
  const from = date === null ? undefined : Date.parse(date);
  if (from !== undefined && Number.isNaN(from))
    return failure(400, "bare", "invalid_parameter", "date must be an RFC 3339 date");
  const list = call.store.orders.filter((order) => {
    const at = Date.parse(String(order["date"]));
    if (from !== undefined && !(at >= from && at < from + 86_400_000)) return false;
    if (shopID !== null && order["shopID"] !== shopID) return false;
    return externalID === null || asRecord(order["shop"])?.["externalId"] === externalID;
  });
  return json(200, list);
}

function closings(call: Call): Reply {
  const page = Number(call.url.searchParams.get("page") ?? "0");
  const perPage = Number(call.url.searchParams.get("perPage") ?? "1000");
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(perPage) || perPage < 1)
    return failure(400, "bare", "invalid_parameter", "page must be ≥ 0 and perPage ≥ 1");
  const resources = call.store.closings.slice(page * perPage, (page + 1) * perPage);
  return json(200, { resources, pagination: { page, perPage, total: call.store.closings.length } });
}

function scheduleBody(call: Call): Json | Reply {
  const parsed = parseJsonBody(call.headers["content-type"], call.body, ["application/json"], "bare");
  if (isReply(parsed)) return parsed;
  const schedule = asRecord(parsed.value);
  const valid =
    schedule !== undefined &&
    typeof schedule["id"] === "string" &&
    typeof schedule["shop"] === "string" &&
    Number.isInteger(schedule["hour"]) &&
    Number.isInteger(schedule["minute"]) &&
    Array.isArray(schedule["days"]);
  return valid
    ? { ...schedule, project: call.project }
    : failure(400, "bare", "invalid_schedule", "id, shop, mode, hour, minute, days and location are required");
}

/** The report routes; closing log files redirect to `storageOrigin` (another host, as file storage is). */
export function reportRoutes(storageOrigin: string): Route[] {
  return [
    route("GET", "/{project}/orders", "ordersRead", "bare", orders),
    route("GET", "/{project}/orders/{id}", "ordersRead", "bare", (call) => {
      const order = call.store.orders.find((o) => o["id"] === call.params["id"]);
      return order ? json(200, order) : notFound("order", call.params["id"]!);
    }),
    route("GET", "/{project}/closings/schedules", "createClosingSchedulesRead", "bare", (call) =>
      json(200, [...call.store.schedules.values()]),
    ),
    route("POST", "/{project}/closings/schedules", "closingSchedulesWrite", "bare", (call) => {
      const schedule = scheduleBody(call);
      if (isReply(schedule)) return schedule;
      const self = `/${call.project}/closings/schedules/id/${encodeURIComponent(String(schedule["id"]))}`;
      call.store.schedules.set(String(schedule["id"]), schedule);
      return json(201, schedule, { location: self });
    }),
    route("GET", "/{project}/closings/schedules/id/{id}", "createClosingSchedulesRead", "bare", (call) => {
      const schedule = call.store.schedules.get(call.params["id"]!);
      return schedule ? json(200, schedule) : notFound("schedule", call.params["id"]!);
    }),
    route("PUT", "/{project}/closings/schedules/id/{id}", "closingSchedulesWrite", "bare", (call) => {
      if (!call.store.schedules.has(call.params["id"]!)) return notFound("schedule", call.params["id"]!);
      const schedule = scheduleBody(call);
      if (isReply(schedule)) return schedule;
      call.store.schedules.set(call.params["id"]!, { ...schedule, id: call.params["id"] });
      return json(200, call.store.schedules.get(call.params["id"]!));
    }),
    route("DELETE", "/{project}/closings/schedules/id/{id}", "closingSchedulesWrite", "bare", (call) =>
      call.store.schedules.delete(call.params["id"]!) ? empty(200) : notFound("schedule", call.params["id"]!),
    ),
    route("GET", "/{project}/closings/logs/{id}", "closingRead", "bare", (call) => {
      const id = Number(call.params["id"]);
      if (!call.store.logFiles.has(id)) return notFound("closing_log", call.params["id"]!);
      return empty(302, { location: `${storageOrigin}/exports/${call.project}/${id}.csv?signature=mock-${id}` });
    }),
    route(
      "GET",
      "/{project}/closings/shops/{shopID}/sequenceNumbers/{sequenceNumber}",
      "closingRead",
      "bare",
      (call) => {
        const closing = call.store.closings.find(
          (c) => c["shopID"] === call.params["shopID"] && String(c["sequenceNumber"]) === call.params["sequenceNumber"],
        );
        return closing
          ? json(200, closing)
          : notFound("closing", `${call.params["shopID"]}/${call.params["sequenceNumber"]}`);
      },
    ),
    route("GET", "/{project}/closings", "closingRead", "bare", closings),
  ];
}
