/** People and what hangs off them: person types, addresses, emails, phones, relationships and custom entity data. */
import { fail, isReply, json, requireFields, validation, type Reply } from "./mock-http.js";
import { ENTITY_DATA_ROUTES, personOr404, RELATIONSHIP_ROUTES } from "./mock-people-links.js";
import { applyFields, bodyOf, listReply, one, remove, rendered, type Ctx, type RouteTable } from "./mock-routes.js";
import type { Row } from "./mock-store.js";

const PERSON_FIELDS = [
  "title",
  "firstname",
  "middlename",
  "lastname",
  "fullname",
  "suffix",
  "gender",
  "birthday",
  "description",
  "is_group",
  "external_id",
];
const ADDRESS_FIELDS = ["address1", "address2", "city", "zip", "external_id"];

function emailTaken(ctx: Ctx, email: unknown, except?: unknown): boolean {
  return (
    ctx.store.rows("emails", (r) => String(r.email).toLowerCase() === String(email).toLowerCase() && r.id !== except)
      .length > 0
  );
}

function personErrors(body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const named =
    typeof body.fullname === "string"
      ? body.fullname !== ""
      : typeof body.firstname === "string" && typeof body.lastname === "string";
  if (creating && !named) errors.fullname = ["fullname is required unless firstname and lastname are given"];
  if ("gender" in body && body.gender !== "m" && body.gender !== "f") errors.gender = ["gender must be m or f"];
  if ("birthday" in body && !/^\d{4}-\d{2}-\d{2}$/.test(String(body.birthday)))
    errors.birthday = ["birthday must be YYYY-MM-DD"];
  if ("email" in body && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email)))
    errors.email = ["email is not a valid email address"];
  return errors;
}

function createPerson(ctx: Ctx): Reply {
  const body = bodyOf(ctx);
  if (isReply(body)) return body;
  const invalid = validation(personErrors(body, true));
  if (invalid) return invalid;
  if ("email" in body && emailTaken(ctx, body.email))
    return fail(409, "The email address is already used by another person");
  const values: Row = {
    title: null,
    firstname: null,
    middlename: null,
    lastname: null,
    suffix: null,
    gender: null,
    birthday: null,
    description: null,
    is_group: false,
    external_id: null,
    household: null,
  };
  for (const field of PERSON_FIELDS) if (field in body) values[field] = body[field];
  values.fullname =
    typeof body.fullname === "string" && body.fullname !== ""
      ? body.fullname
      : `${String(body.firstname)} ${String(body.lastname)}`;
  const person = ctx.store.insert("people", values);
  if (typeof body.email === "string")
    ctx.store.insert("emails", { person_id: person.id, email: body.email, default: true });
  return json(201, ctx.store.person(person));
}

function updatePerson(ctx: Ctx): Reply {
  const person = personOr404(ctx, ctx.params.id!);
  if (isReply(person)) return person;
  const body = bodyOf(ctx);
  if (isReply(body)) return body;
  const invalid = validation(personErrors(body, false));
  if (invalid) return invalid;
  applyFields(ctx, person, body, PERSON_FIELDS);
  const household = body.household as Row | undefined;
  if (household !== undefined)
    person.household = {
      id: "900",
      name: `${String(person.lastname ?? person.fullname)} household`,
      head_person_id: person.id,
      ...(person.household as Row | null),
      ...household,
    };
  const address = body.address as Row | undefined;
  const main = ctx.store.mainOf("addresses", person.id);
  if (address !== undefined && main !== undefined) applyFields(ctx, main, address, ["external_id"]);
  return json(200, ctx.store.person(person));
}

function addressErrors(ctx: Ctx, body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const errors = creating ? requireFields(body, ["address1", "city"]) : {};
  if ("state" in body && !ctx.store.knownState(body.state)) errors.state = ["state must be a known state code"];
  if ("country" in body && !ctx.store.knownCountry(body.country))
    errors.country = ["country must be a known country code"];
  return errors;
}

function writeAddress(ctx: Ctx, row: Row, body: Record<string, unknown>): void {
  applyFields(ctx, row, body, ADDRESS_FIELDS);
  if ("state" in body) row.state_code = body.state;
  if ("country" in body) row.country_code = body.country;
  if (body.default === true) ctx.store.makeMain("addresses", row);
}

/** `POST /people/{personId}/<kind>`: validation, then the row. */
function createChild(
  kind: "addresses" | "emails" | "phones",
  errorsOf: (ctx: Ctx, body: Record<string, unknown>) => Record<string, string[]>,
  fill: (ctx: Ctx, row: Row, body: Record<string, unknown>) => void,
) {
  return (ctx: Ctx): Reply => {
    const person = personOr404(ctx, ctx.params.personId!);
    if (isReply(person)) return person;
    const body = bodyOf(ctx);
    if (isReply(body)) return body;
    const invalid = validation(errorsOf(ctx, body));
    if (invalid) return invalid;
    const row = ctx.store.insert(kind, { person_id: person.id, default: false });
    fill(ctx, row, body);
    if (ctx.store.rows(kind, (r) => r.person_id === person.id).length === 1) row.default = true;
    return json(201, renderOf(ctx, kind)(row));
  };
}

function renderOf(ctx: Ctx, kind: "addresses" | "emails" | "phones"): (row: Row) => Row {
  return {
    addresses: (r: Row) => ctx.store.address(r),
    emails: (r: Row) => ctx.store.email(r),
    phones: (r: Row) => ctx.store.phone(r),
  }[kind];
}

function phoneFields(ctx: Ctx, row: Row, body: Record<string, unknown>): void {
  applyFields(ctx, row, body, ["number"]);
  const digits = String(row.number).replace(/\D/g, "");
  row.area_code = digits.length === 10 ? digits.slice(0, 3) : null;
  row.is_outside_us = digits.length !== 10 && digits.length !== 7;
  if (body.default === true) ctx.store.makeMain("phones", row);
}

function emailFields(ctx: Ctx, row: Row, body: Record<string, unknown>): void {
  applyFields(ctx, row, body, ["email"]);
  if (body.default === true) ctx.store.makeMain("emails", row);
}

function emailErrors(ctx: Ctx, body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const errors = creating ? requireFields(body, ["email"]) : {};
  if (typeof body.email === "string" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email))
    errors.email = ["email is not a valid email address"];
  if (typeof body.email === "string" && errors.email === undefined && emailTaken(ctx, body.email, ctx.params.id))
    errors.email = ["email is already used by another person"];
  return errors;
}

/** `GET|PATCH|DELETE /<kind>/{id}`. */
function childRoutes(
  path: string,
  kind: "addresses" | "emails" | "phones",
  errorsOf: (ctx: Ctx, body: Record<string, unknown>) => Record<string, string[]>,
  fill: (ctx: Ctx, row: Row, body: Record<string, unknown>) => void,
): RouteTable {
  return {
    [`GET /people/{personId}/${path}`]: (ctx) => {
      const person = personOr404(ctx, ctx.params.personId!);
      if (isReply(person)) return person;
      return listReply(
        ctx,
        rendered(
          ctx.store.rows(kind, (r) => r.person_id === person.id),
          renderOf(ctx, kind),
        ),
        kind === "addresses"
          ? ["id", "address1", "city"]
          : kind === "emails"
            ? ["id", "email"]
            : ["id", "area_code", "number"],
      );
    },
    [`GET /${path}/{id}`]: (ctx) => one(ctx.store.row(kind, ctx.params.id!), renderOf(ctx, kind)),
    [`PATCH /${path}/{id}`]: (ctx) => {
      const row = ctx.store.row(kind, ctx.params.id!);
      if (row === undefined) return fail(404, "Not found");
      const body = bodyOf(ctx);
      if (isReply(body)) return body;
      const invalid = validation(errorsOf(ctx, body));
      if (invalid) return invalid;
      fill(ctx, row, body);
      return json(200, renderOf(ctx, kind)(row));
    },
    [`DELETE /${path}/{id}`]: (ctx) => remove(ctx, kind, ctx.params.id!),
  };
}

/** Every people route. */
export const PEOPLE_ROUTES: RouteTable = {
  "GET /people": (ctx) =>
    listReply(
      ctx,
      ctx.store.rows("people").map((r) => ({ match: ctx.store.person(r), out: ctx.store.personSummary(r) })),
    ),
  "POST /people": createPerson,
  "GET /people/{id}": (ctx) => one(ctx.store.row("people", ctx.params.id!), (r) => ctx.store.person(r)),
  "PATCH /people/{id}": updatePerson,
  "GET /person-types": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("personTypes"), ({ id, name }) => ({ id, name })),
      ["id", "name"],
    ),
  "GET /people/{personId}/person-types": (ctx) => {
    const person = personOr404(ctx, ctx.params.personId!);
    if (isReply(person)) return person;
    const ids = new Set(ctx.store.personTypeLinks.filter(([p]) => p === person.id).map(([, t]) => t));
    return listReply(
      ctx,
      rendered(
        ctx.store.rows("personTypes", (r) => ids.has(String(r.id))),
        ({ id, name }) => ({ id, name }),
      ),
      ["id", "name"],
    );
  },
  "GET /person-types/{typeAlias}/people": (ctx) => {
    const type = ctx.store.rows("personTypes", (r) => r.alias === ctx.params.typeAlias)[0];
    if (type === undefined) return fail(404, "Person type not found");
    const ids = new Set(ctx.store.personTypeLinks.filter(([, t]) => t === type.id).map(([p]) => p));
    return listReply(
      ctx,
      ctx.store
        .rows("people", (r) => ids.has(String(r.id)))
        .map((r) => ({ match: ctx.store.person(r), out: ctx.store.personSummary(r) })),
    );
  },
  "POST /people/{personId}/addresses": createChild(
    "addresses",
    (ctx, body) => addressErrors(ctx, body, true),
    writeAddress,
  ),
  ...childRoutes("addresses", "addresses", (ctx, body) => addressErrors(ctx, body, false), writeAddress),
  "POST /people/{personId}/emails": createChild("emails", (ctx, body) => emailErrors(ctx, body, true), emailFields),
  ...childRoutes("emails", "emails", (ctx, body) => emailErrors(ctx, body, false), emailFields),
  "POST /people/{personId}/phones": createChild("phones", (_ctx, body) => requireFields(body, ["number"]), phoneFields),
  ...childRoutes("phones", "phones", () => ({}), phoneFields),
  ...RELATIONSHIP_ROUTES,
  ...ENTITY_DATA_ROUTES,
};
