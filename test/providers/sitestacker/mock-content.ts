/** Tags, tag categories, content types and their items (per language and version), and webhooks. */
import { fail, isReply, json, NO_CONTENT, refValue, requireFields, validation, type Reply } from "./mock-http.js";
import { applyFields, bodyOf, listReply, one, remove, rendered, type Ctx, type RouteTable } from "./mock-routes.js";
import type { Row } from "./mock-store.js";

const SITE = (id: unknown): Row => ({
  id: String(id),
  name: id === "1" ? "Main site" : `Site ${String(id)}`,
  require_authentication: false,
});

function category(row: Row): Row {
  const { site_id: siteId, ...rest } = row;
  return { ...rest, site: SITE(siteId) };
}

function tag(ctx: Ctx, row: Row): Row {
  const { site_id: siteId, category_id: categoryId, ...rest } = row;
  const parent = ctx.store.row("tagCategories", String(categoryId));
  return { ...rest, site: SITE(siteId), category: parent === undefined ? null : category(parent) };
}

function namedRoutes(table: "tagCategories" | "tags", path: string, render: (ctx: Ctx, row: Row) => Row): RouteTable {
  return {
    [`GET ${path}`]: (ctx) =>
      listReply(
        ctx,
        rendered(ctx.store.rows(table), (r) => render(ctx, r)),
        ["id", "name"],
      ),
    [`GET ${path}/{id}`]: (ctx) => one(ctx.store.row(table, ctx.params.id!), (r) => render(ctx, r)),
    [`PATCH ${path}/{id}`]: (ctx) => {
      const row = ctx.store.row(table, ctx.params.id!);
      if (row === undefined) return fail(404, "Not found");
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      const invalid = validation(requireFields(body, ["name"]));
      if (invalid) return invalid;
      applyFields(ctx, row, body, ["name"]);
      return json(200, render(ctx, row));
    },
    [`DELETE ${path}/{id}`]: (ctx) => remove(ctx, table, ctx.params.id!),
  };
}

function createNamed(
  table: "tagCategories" | "tags",
  parent: (ctx: Ctx) => Row | Reply,
  render: (ctx: Ctx, row: Row) => Row,
) {
  return (ctx: Ctx): Reply => {
    const values = parent(ctx);
    if (isReply(values)) return values;
    const body = bodyOf(ctx);
    if (isReply(body)) return body;
    const invalid = validation(requireFields(body, ["name"]));
    if (invalid) return invalid;
    if (
      ctx.store.rows(
        table,
        (r) => String(r.name).toLowerCase() === String(body.name).toLowerCase() && r.site_id === values.site_id,
      ).length > 0
    ) {
      return fail(409, `A ${table === "tags" ? "tag" : "tag category"} named "${String(body.name)}" already exists`);
    }
    return json(201, render(ctx, ctx.store.insert(table, { ...values, name: body.name })));
  };
}

/** The version of an item a path names: `live`, `last` or a number. */
function versionOf(row: Row, language: string, version: string): Row | undefined {
  const versions = (row.languages as Record<string, Row[]>)[language] ?? [];
  if (version === "live") return versions.find((v) => v.is_live === true);
  if (version === "last") return versions.at(-1);
  return versions.find((v) => String(v.version_number) === version);
}

function item(ctx: Ctx, row: Row, language: string, version: Row): Row {
  const type = ctx.store.rows("types", (t) => t.alias === row.type_alias)[0];
  const versions = (row.languages as Record<string, Row[]>)[language]!;
  const { fields, ...meta } = version as { fields: Row } & Row;
  return {
    id: row.id,
    ...fields,
    external_id: fields.external_id ?? null,
    created: row.created,
    modified: meta.modified,
    language: {
      id: language === "en" ? "1" : "2",
      abbreviation: language,
      name: language === "en" ? "English" : language,
    },
    version: {
      id: meta.id,
      version_number: String(meta.version_number),
      is_live: meta.is_live,
      is_last: versions.at(-1) === version,
    },
    campaign: null,
    stage: null,
    folder: { id: String(row.folder_id), name: "News", external_id: null },
    type: type === undefined ? null : { id: type.id, alias: type.alias, name: type.name },
    owner: row.owner_id === undefined ? null : ctx.store.personSummaryById(row.owner_id),
    tags: (row.tag_ids as string[])
      .map((id) => ctx.store.row("tags", id))
      .filter((t) => t !== undefined)
      .map((t) => ({ id: t.id, name: t.name, external_id: null, external_type: null })),
  };
}

function itemFields(body: Record<string, unknown>, previous: Row = {}): Row {
  const fields: Row = {
    views: "0",
    visibility: "0",
    is_searchable: true,
    publish_datetime: null,
    unpublish_datetime: null,
    data: {},
    ...previous,
  };
  if (typeof body.name === "string") {
    fields.name = body.name;
    fields.alias = body.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  }
  if (body.visibility !== undefined) fields.visibility = String(body.visibility);
  for (const key of ["is_searchable", "publish_datetime", "unpublish_datetime", "external_id"])
    if (key in body) fields[key] = body[key];
  if (typeof body.data === "object" && body.data !== null)
    fields.data = { ...(fields.data as Row), ...(body.data as Row) };
  return fields;
}

function itemErrors(body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const errors = creating ? requireFields(body, ["name", "folder.id"]) : {};
  if (body.visibility !== undefined && ![0, 1, 2].includes(Number(body.visibility)))
    errors.visibility = ["visibility must be 0, 1 or 2"];
  return errors;
}

const ITEMS = "/types/{typeAlias}/languages/{language}/versions/{version}/items";

function contentRoutes(): RouteTable {
  const typeOr404 = (ctx: Ctx): Reply | undefined =>
    ctx.store.rows("types", (t) => t.alias === ctx.params.typeAlias).length === 0
      ? fail(404, "Content type not found")
      : undefined;
  const version = (ctx: Ctx): Reply | undefined =>
    /^(live|last|\d+)$/.test(ctx.params.version!)
      ? undefined
      : fail(400, "version must be live, last or a version number");
  return {
    "GET /types": (ctx) =>
      listReply(
        ctx,
        rendered(ctx.store.rows("types"), ({ id, alias, name }) => ({ id, alias, name })),
        ["id", "alias"],
      ),
    [`GET ${ITEMS}`]: (ctx) => {
      const bad = typeOr404(ctx) ?? version(ctx);
      if (bad) return bad;
      const language = ctx.params.language!;
      const wanted = ctx.params.version!;
      const rows = ctx.store
        .rows("items", (r) => r.type_alias === ctx.params.typeAlias)
        .flatMap((r) => {
          const v = versionOf(r, language, wanted);
          return v === undefined ? [] : [item(ctx, r, language, v)];
        });
      return listReply(
        ctx,
        rows.map((r) => ({ match: r, out: r })),
        ["id", "name"],
      );
    },
    [`POST ${ITEMS}`]: (ctx) => {
      const bad =
        typeOr404(ctx) ??
        (["live", "last"].includes(ctx.params.version!)
          ? undefined
          : fail(400, "Create items with version live or last"));
      if (bad) return bad;
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      const invalid = validation(itemErrors(body, true));
      if (invalid) return invalid;
      const first = {
        id: ctx.store.nextId(),
        version_number: 1,
        is_live: ctx.params.version === "live",
        modified: ctx.store.timestamp(),
        fields: itemFields(body),
      };
      const tags = Array.isArray(body.tags) ? body.tags.map(String) : [];
      const row = ctx.store.insert("items", {
        type_alias: ctx.params.typeAlias,
        folder_id: refValue(body, "folder.id"),
        owner_id: refValue(body, "owner.id"),
        tag_ids: tags,
        languages: { [ctx.params.language!]: [first] },
      });
      return json(201, item(ctx, row, ctx.params.language!, first));
    },
    [`GET ${ITEMS}/{id}`]: (ctx) => {
      const row = ctx.store.row("items", ctx.params.id!);
      const v =
        row === undefined || row.type_alias !== ctx.params.typeAlias
          ? undefined
          : versionOf(row, ctx.params.language!, ctx.params.version!);
      return v === undefined ? fail(404, "Not found") : json(200, item(ctx, row!, ctx.params.language!, v));
    },
    [`PATCH ${ITEMS}/{id}`]: (ctx) => {
      const row = ctx.store.row("items", ctx.params.id!);
      const current = row === undefined ? undefined : versionOf(row, ctx.params.language!, ctx.params.version!);
      if (row === undefined || current === undefined) return fail(404, "Not found");
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      const invalid = validation(itemErrors(body, false));
      if (invalid) return invalid;
      if (Array.isArray(body.tags)) row.tag_ids = body.tags.map(String);
      const versions = (row.languages as Record<string, Row[]>)[ctx.params.language!]!;
      if (ctx.params.version === "last") {
        const next = {
          id: ctx.store.nextId(),
          version_number: versions.length + 1,
          is_live: false,
          modified: ctx.store.timestamp(),
          fields: itemFields(body, current.fields as Row),
        };
        versions.push(next);
        return json(200, item(ctx, row, ctx.params.language!, next));
      }
      current.fields = itemFields(body, current.fields as Row);
      current.modified = ctx.store.timestamp();
      return json(200, item(ctx, row, ctx.params.language!, current));
    },
    "DELETE /types/{typeAlias}/items/{id}": (ctx) => {
      const row = ctx.store.row("items", ctx.params.id!);
      if (row === undefined || row.type_alias !== ctx.params.typeAlias) return fail(404, "Not found");
      ctx.store.tables.items.delete(String(row.id));
      return NO_CONTENT;
    },
  };
}

/** Every content route. */
export const CONTENT_ROUTES: RouteTable = {
  ...namedRoutes("tagCategories", "/tag-categories", (_ctx, row) => category(row)),
  "POST /sites/{siteId}/tag-categories": createNamed(
    "tagCategories",
    (ctx) => ({ site_id: ctx.params.siteId, in_content_preferences: false, order: null, weight: null }),
    (_ctx, row) => category(row),
  ),
  ...namedRoutes("tags", "/tags", tag),
  "POST /tag-categories/{categoryId}/tags": createNamed(
    "tags",
    (ctx) => {
      const parent = ctx.store.row("tagCategories", ctx.params.categoryId!);
      return parent === undefined
        ? fail(404, "Tag category not found")
        : { site_id: parent.site_id, category_id: parent.id, external_id: null, external_type: null };
    },
    (ctx, row) => tag(ctx, row),
  ),
  ...contentRoutes(),
  "GET /webhooks": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("webhooks"), (r) => r),
    ),
  "GET /webhooks/{id}": (ctx) => one(ctx.store.row("webhooks", ctx.params.id!), (r) => r),
};
