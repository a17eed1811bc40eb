/** What links people: relationships (to a related person, by type) and records of custom entities. */
import { fail, isReply, json, refValue, requireFields, validation, type Reply } from "./mock-http.js";
import { applyFields, bodyOf, listReply, one, remove, rendered, type Ctx, type RouteTable } from "./mock-routes.js";
import type { Row } from "./mock-store.js";

/** The person of a path, or 404. */
export function personOr404(ctx: Ctx, id: string): Row | Reply {
  return ctx.store.row("people", id) ?? fail(404, "Person not found");
}

function relationshipRoutes(): RouteTable {
  const typeOf = (ctx: Ctx, body: Record<string, unknown>): string | undefined =>
    ctx.store.relationTypeAlias(typeof body.type === "string" ? body.type : undefined, refValue(body, "type.id"));
  return {
    "GET /people/{personId}/relationships": (ctx) => {
      const person = personOr404(ctx, ctx.params.personId!);
      if (isReply(person)) return person;
      return listReply(
        ctx,
        rendered(
          ctx.store.rows("relationships", (r) => r.person_id === person.id),
          (r) => ctx.store.relationship(r),
        ),
      );
    },
    "POST /people/{personId}/relationships": (ctx) => {
      const person = personOr404(ctx, ctx.params.personId!);
      if (isReply(person)) return person;
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      const errors = requireFields(body, ["related_person.id"]);
      const related = refValue(body, "related_person.id");
      if (related !== undefined && ctx.store.row("people", related) === undefined)
        errors["related_person.id"] = ["related_person.id is not a person"];
      const alias = typeOf(ctx, body);
      if (alias === undefined) errors.type = ["type must be a known relationship type (alias, label or type.id)"];
      const invalid = validation(errors);
      if (invalid) return invalid;
      const row = ctx.store.insert("relationships", {
        person_id: person.id,
        related_person_id: related,
        type_alias: alias,
        description: body.description ?? null,
      });
      return json(201, ctx.store.relationship(row));
    },
    "GET /relationships/{id}": (ctx) =>
      one(ctx.store.row("relationships", ctx.params.id!), (r) => ctx.store.relationship(r)),
    "PATCH /relationships/{id}": (ctx) => {
      const row = ctx.store.row("relationships", ctx.params.id!);
      if (row === undefined) return fail(404, "Not found");
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      if ("type" in body || refValue(body, "type.id") !== undefined) {
        const alias = typeOf(ctx, body);
        if (alias === undefined) return validation({ type: ["type must be a known relationship type"] })!;
        row.type_alias = alias;
      }
      applyFields(ctx, row, body, ["description"]);
      return json(200, ctx.store.relationship(row));
    },
    "DELETE /relationships/{id}": (ctx) => remove(ctx, "relationships", ctx.params.id!),
  };
}

function entityRoutes(): RouteTable {
  const base = "/people/{personId}/entities/{entity}/data";
  const render = (row: Row): Row => {
    const { person_id: _p, entity: _e, created: _c, modified: _m, ...fields } = row;
    return fields;
  };
  const rowOf = (ctx: Ctx): Row | undefined => {
    const row = ctx.store.row("entityData", ctx.params.dataId!);
    return row?.person_id === ctx.params.personId && row?.entity === ctx.params.entity ? row : undefined;
  };
  return {
    [`GET ${base}`]: (ctx) => {
      const person = personOr404(ctx, ctx.params.personId!);
      if (isReply(person)) return person;
      return listReply(
        ctx,
        rendered(
          ctx.store.rows("entityData", (r) => r.person_id === person.id && r.entity === ctx.params.entity),
          render,
        ),
      );
    },
    [`POST ${base}`]: (ctx) => {
      const person = personOr404(ctx, ctx.params.personId!);
      if (isReply(person)) return person;
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      if (Object.keys(body).length === 0) return validation({ data: ["at least one field is required"] })!;
      return json(
        201,
        render(ctx.store.insert("entityData", { ...body, person_id: person.id, entity: ctx.params.entity })),
      );
    },
    [`GET ${base}/{dataId}`]: (ctx) => one(rowOf(ctx), render),
    [`PATCH ${base}/{dataId}`]: (ctx) => {
      const row = rowOf(ctx);
      if (row === undefined) return fail(404, "Not found");
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      applyFields(
        ctx,
        row,
        body,
        Object.keys(body).filter((k) => !["id", "person_id", "entity"].includes(k)),
      );
      return json(200, render(row));
    },
    [`DELETE ${base}/{dataId}`]: (ctx) =>
      rowOf(ctx) === undefined ? fail(404, "Not found") : remove(ctx, "entityData", ctx.params.dataId!),
  };
}

/** Relationship routes. */
export const RELATIONSHIP_ROUTES: RouteTable = relationshipRoutes();
/** Entity data routes. */
export const ENTITY_DATA_ROUTES: RouteTable = entityRoutes();
