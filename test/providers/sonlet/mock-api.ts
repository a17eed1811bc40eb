/**
 * The `/api/v2/` resources of the Sonlet mock: DRF page-number pagination with absolute links, per-user items and
 * images, and `X-Idempotency-Key` enforcement (403 for a key reused by the same user within 24 h).
 */
import { createImage, createItem } from "./mock-create.js";
import { detail, isReply, json, parseBody, type Reply } from "./mock-http.js";
import { serializers, type Row, type SonletStore } from "./mock-store.js";

export { seedStore, SonletStore } from "./mock-store.js";

const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
const MAX_KEY_LENGTH = 128;

/** One API request after authentication. */
export interface ApiRequest {
  readonly method: string;
  /** Absolute URL as the client addressed it (DRF builds links from the Host header). */
  readonly url: URL;
  readonly user: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/** Serves one authenticated request under `/api/v2/`. */
export function handleApi(store: SonletStore, request: ApiRequest, options: { pageSize: number; now: number }): Reply {
  const route = /^\/api\/v2\/(items|images|itemchoices|sizes|schema)\/(?:(\d+)\/)?$/.exec(request.url.pathname);
  if (route === null) return detail(404, "Not found.");
  const [, collection, id] = route as unknown as [string, string, string | undefined];
  if (collection === "schema")
    return request.method === "GET" && id === undefined
      ? json(200, schemaDocument(request.url))
      : detail(405, `Method "${request.method}" not allowed.`);
  const serialize = serializers(store, request.url);
  const visible = rows(store, collection, request.user);
  if (request.method === "GET" && id !== undefined) {
    const row = visible.find((r) => r.pk === Number(id));
    return row === undefined ? detail(404, "Not found.") : json(200, serialize[collection]!(row));
  }
  if (request.method === "GET")
    return paginate(
      visible.map((r) => serialize[collection]!(r)),
      request.url,
      options.pageSize,
    );
  if (request.method === "POST" && id === undefined && (collection === "items" || collection === "images")) {
    return withIdempotency(store, request, options.now, () => {
      const body = parseBody(headerText(request.headers["content-type"]), request.body);
      if (isReply(body)) return body;
      return collection === "items" ? createItem(store, request, body) : createImage(store, request, body);
    });
  }
  return detail(405, `Method "${request.method}" not allowed.`);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function rows(store: SonletStore, collection: string, user: number): Row[] {
  const all: Row[] =
    collection === "items"
      ? [...store.items.values()].filter((i) => i.owner === user)
      : collection === "images"
        ? [...store.images.values()].filter((i) => i.owner === user)
        : collection === "itemchoices"
          ? [...store.itemchoices.values()]
          : [...store.sizes.values()];
  return all.sort((a, b) => a.pk - b.pk);
}

/** DRF `PageNumberPagination`: `?page=N`, absolute `next`/`previous` (page 1's link has no `page`), 404 past the end. */
function paginate(results: unknown[], url: URL, pageSize: number): Reply {
  const raw = url.searchParams.get("page") ?? "1";
  const page = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const pages = Math.max(1, Math.ceil(results.length / pageSize));
  if (!(page >= 1 && page <= pages)) return detail(404, "Invalid page.");
  const link = (n: number): string => {
    const target = new URL(url.href);
    if (n === 1) target.searchParams.delete("page");
    else target.searchParams.set("page", String(n));
    return target.href;
  };
  return json(200, {
    count: results.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: results.slice((page - 1) * pageSize, page * pageSize),
  });
}

/** `X-Idempotency-Key`: at most 128 characters; a key the same user used in the last 24 h gets 403. Keys count once the POST succeeded. */
function withIdempotency(store: SonletStore, request: ApiRequest, now: number, create: () => Reply): Reply {
  const key = headerText(request.headers["x-idempotency-key"]);
  if (key === undefined || key === "") return create();
  if (key.length > MAX_KEY_LENGTH)
    return detail(400, `X-Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters.`);
  const slot = `${request.user}:${key}`;
  const usedAt = store.idempotencyKeys.get(slot);
  if (usedAt !== undefined && now - usedAt < IDEMPOTENCY_WINDOW_MS) return detail(403, "Duplicate request detected.");
  const reply = create();
  if (reply.status >= 200 && reply.status < 300) store.idempotencyKeys.set(slot, now);
  return reply;
}

function schemaDocument(url: URL): unknown {
  return {
    _type: "document",
    _meta: { url: `${url.origin}/api/v2/schema/`, title: "STR API v2" },
    items: {
      list: { _type: "link", url: "/api/v2/items/", action: "get" },
      create: { _type: "link", url: "/api/v2/items/", action: "post" },
    },
    images: {
      list: { _type: "link", url: "/api/v2/images/", action: "get" },
      create: { _type: "link", url: "/api/v2/images/", action: "post" },
    },
  };
}
