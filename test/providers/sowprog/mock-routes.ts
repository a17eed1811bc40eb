/** The SOWPROG mock's resources besides events: root, account, artists, locations (nearby search), event groups, client mappings, reference data. */
import {
  createReply,
  getReply,
  link,
  listReply,
  mandatory,
  present,
  requestDoc,
  updateReply,
  valueAt,
  type Context,
} from "./mock-entities.js";
import { EVENT_ROUTES } from "./mock-events.js";
import type { Doc } from "./mock-format.js";
import { isReply, message, ok, type Reply } from "./mock-http.js";
import { SowprogStore, type Entity, type Kind } from "./mock-store.js";

type Route = readonly [string, string, (ctx: Context) => Reply];

/** The user the mock's tokens act for. */
export const ACCOUNT_ID = 5582;

function root(ctx: Context): Reply {
  const links = [link(`${ctx.base}/account`, "GET", "account")];
  for (const collection of ["events", "eventGroups", "artists", "locations"]) {
    links.push(
      link(`${ctx.base}/${collection}`, "GET", collection),
      link(`${ctx.base}/${collection}`, "POST", `create_${collection}`),
    );
  }
  links.push(
    link(`${ctx.base}/eventTypes`, "GET", "eventTypes"),
    link(`${ctx.base}/eventStyles`, "GET", "eventStyles"),
  );
  return ok("api", { link: links });
}

function account(ctx: Context): Reply {
  const sowprogId = {
    id: ACCOUNT_ID,
    version: 3,
    deleted: false,
    creationDate: 1421155275782,
    modificationDate: 1421155275797,
  };
  const user = {
    sowprogId,
    link: [link(`${ctx.base}/account`, "GET", "self")],
    email: "organiser@example.org",
    status: "VALIDATED",
    role: "ADMINISTRATOR",
  };
  return ok("userResponse", { user });
}

function contains(field: string, param: string): (ctx: Context) => (e: Entity) => boolean {
  return (ctx) => {
    const wanted = ctx.url.searchParams.get(param)?.toLowerCase();
    return (e) =>
      wanted === undefined ||
      String(e.data[field] ?? "")
        .toLowerCase()
        .includes(wanted);
  };
}

/** Great-circle distance in km. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Locations: `name` filter and the nearby search (latitude, longitude and distance together, else 400). */
function listLocations(ctx: Context): Reply {
  const geo = ["latitude", "longitude", "distance"].map((k) => ctx.url.searchParams.get(k));
  const given = geo.filter((v) => v !== null).length;
  if (given > 0 && given < 3)
    return message(
      400,
      ["latitude", "longitude", "distance"]
        .filter((_, i) => geo[i] === null)
        .map((element) => ({ errorCode: "MANDATORY_ELEMENT" as const, element })),
    );
  const [lat, lon, km] = geo.map(Number) as [number, number, number];
  if (given === 3 && ![lat, lon, km].every(Number.isFinite))
    return message(400, [{ errorCode: "BAD_FORMAT", element: "latitude", expectedFormat: "decimal degrees" }]);
  const byName = contains("name", "name")(ctx);
  return listReply(ctx, "location", (e) => {
    if (!byName(e)) return false;
    if (given === 0) return true;
    const [eLat, eLon] = [valueAt(e.data, "contact.latitude"), valueAt(e.data, "contact.longitude")];
    return typeof eLat === "number" && typeof eLon === "number" && distanceKm(lat, lon, eLat, eLon) <= km;
  });
}

function collection(
  kind: Kind,
  path: string,
  param: string,
  required: string,
  filter: (ctx: Context) => (e: Entity) => boolean,
): Route[] {
  const validate = (data: Doc): ReturnType<typeof mandatory> => mandatory(data, [required]);
  return [
    ["GET", `/${path}`, (ctx) => listReply(ctx, kind, filter(ctx))],
    ["POST", `/${path}`, (ctx) => createReply(ctx, kind, validate)],
    ["GET", `/${path}/{${param}}`, (ctx) => getReply(ctx, kind, param)],
    ["PUT", `/${path}/{${param}}`, (ctx) => updateReply(ctx, kind, param, validate)],
  ];
}

/** `/apiClientMapping/<kind>/{clientId}`: PUT maps your id to an entity, GET reads the entity mapped to it. */
function mappingRoutes(kind: Kind): Route[] {
  const getMapped = (ctx: Context): Reply => {
    const id = ctx.store.mappings.get(SowprogStore.mappingKey(kind, ctx.params.clientId!));
    const entity = id === undefined ? undefined : ctx.store.get(kind, id);
    return entity === undefined
      ? message(404, [{ errorCode: "NOT_FOUND", element: "clientId" }])
      : ok(`${kind}Response`, { [kind]: present(entity, ctx.base) });
  };
  const putMapping = (ctx: Context): Reply => {
    const doc = requestDoc(ctx, "APIClientMapping");
    if (isReply(doc)) return doc;
    const id = valueAt(doc, "sowprogId.id");
    if (id === undefined) return message(400, [{ errorCode: "MANDATORY_ELEMENT", element: "sowprogId.id" }]);
    if (typeof id !== "number" || ctx.store.get(kind, id) === undefined)
      return message(400, [{ errorCode: "UNKNOWN_REFERENCE", element: "sowprogId.id" }]);
    ctx.store.mappings.set(SowprogStore.mappingKey(kind, ctx.params.clientId!), id);
    return getMapped(ctx);
  };
  return [
    ["GET", `/apiClientMapping/${kind}/{clientId}`, getMapped],
    ["PUT", `/apiClientMapping/${kind}/{clientId}`, putMapping],
  ];
}

/** Every route of the API below `/api/v1` (the token endpoint is handled before authentication). */
export const ROUTES: readonly Route[] = [
  ["GET", "/", root],
  ["GET", "/account", account],
  ...EVENT_ROUTES,
  ...collection("artist", "artists", "artistId", "name", contains("name", "name")),
  ...collection("eventGroup", "eventGroups", "eventGroupId", "title", contains("title", "title")),
  ["GET", "/locations", listLocations],
  ...collection("location", "locations", "locationId", "name", contains("name", "name")).filter(
    ([m, p]) => !(m === "GET" && p === "/locations"),
  ),
  ...(["artist", "event", "location", "eventGroup"] as const).flatMap(mappingRoutes),
  [
    "GET",
    "/eventTypes",
    (ctx) => ok("eventTypeListResponse", { eventType: ctx.store.list("eventType").map((e) => present(e, ctx.base)) }),
  ],
  [
    "GET",
    "/eventStyles",
    (ctx) =>
      ok("eventStyleListResponse", { eventStyle: ctx.store.list("eventStyle").map((e) => present(e, ctx.base)) }),
  ],
];

/** Finds the route of `method path`: the handler and the template values, 404/405 otherwise. */
export function route(
  method: string,
  path: string,
): { handler: (ctx: Context) => Reply; params: Record<string, string> } | Reply {
  let pathMatched = false;
  for (const [m, template, handler] of ROUTES) {
    const names: string[] = [];
    const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return name.endsWith("Id") && name !== "clientId" ? "(\\d+)" : "([^/]+)";
    });
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (match === null) continue;
    pathMatched = true;
    if (m !== method) continue;
    return { handler, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
  }
  return { status: pathMatched ? 405 : 404 };
}
