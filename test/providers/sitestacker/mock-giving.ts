/** Giving: campaigns, contribution batches, contributions and recurring gifts (read only), and historic gifts. */
import { isReply, json, refValue, requireFields, validation, type Reply } from "./mock-http.js";
import { bodyOf, listReply, one, rendered, type Ctx, type RouteTable } from "./mock-routes.js";
import type { Row } from "./mock-store.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const GIFT_TEXT = [
  "fund_id",
  "fund_name",
  "notes",
  "contribution_type",
  "firstname",
  "lastname",
  "fullname",
  "email",
  "phone",
  "address1",
  "address2",
  "city",
  "zip",
  "state",
  "country",
  "donor_person_external_id",
  "affiliated_person_external_id",
];

function batchSummary(ctx: Ctx, row: Row): Row {
  const { donor_id: donorId, ...rest } = row;
  return { ...rest, donor: ctx.store.personSummaryById(donorId), affiliated_donor: null };
}

function contributionSummary(ctx: Ctx, row: Row): Row {
  const { batch_id: _batch, campaign_id: campaignId, donor_id: donorId, ...rest } = row;
  return {
    ...rest,
    campaign: ctx.store.row("campaigns", String(campaignId)) ?? null,
    recurring: null,
    donor: ctx.store.personSummaryById(donorId),
    affiliated_donor: null,
  };
}

function batch(ctx: Ctx, row: Row): Row {
  const contributions = ctx.store
    .rows("contributions", (c) => c.batch_id === row.id)
    .map((c) => contributionSummary(ctx, c));
  return { ...batchSummary(ctx, row), contributions };
}

function contribution(ctx: Ctx, row: Row): Row {
  const parent = ctx.store.row("batches", String(row.batch_id));
  return { ...contributionSummary(ctx, row), batch: parent === undefined ? null : batchSummary(ctx, parent) };
}

function recurring(ctx: Ctx, row: Row): Row {
  const { campaign_id: campaignId, person_id: personId, ...rest } = row;
  return {
    ...rest,
    campaign: ctx.store.row("campaigns", String(campaignId)) ?? null,
    person: ctx.store.personSummaryById(personId),
    affiliated_person: null,
  };
}

function historicGift(ctx: Ctx, row: Row): Row {
  const { donor_id: donorId, receiver_id: receiverId, campaign_id: campaignId, ...rest } = row;
  return {
    ...rest,
    receiver: receiverId === undefined ? null : ctx.store.personSummaryById(receiverId),
    donor: donorId === undefined ? null : ctx.store.personSummaryById(donorId),
    affiliated_donor: null,
    data: null,
    contribution: null,
    campaign: campaignId === undefined ? null : (ctx.store.row("campaigns", String(campaignId)) ?? null),
    site: { id: "1", name: "Main site", require_authentication: false },
    site_channel: null,
  };
}

function giftErrors(ctx: Ctx, body: Record<string, unknown>): Record<string, string[]> {
  const errors = requireFields(body, ["amount", "currency", "received"]);
  if (body.amount !== undefined && !DECIMAL.test(String(body.amount)))
    errors.amount = ["amount must be a decimal number"];
  if (body.currency !== undefined && body.currency !== "USD" && body.currency !== "CAD")
    errors.currency = ["currency must be USD or CAD"];
  if (typeof body.received === "string" && Number.isNaN(Date.parse(body.received)))
    errors.received = ["received must be an ISO 8601 date"];
  const donor = refValue(body, "donor.id");
  if (donor === undefined && body.donor_person_external_id === undefined)
    errors.donor = ["donor.id or donor_person_external_id is required"];
  if (donor !== undefined && ctx.store.row("people", donor) === undefined)
    errors["donor.id"] = ["donor.id is not a person"];
  if (refValue(body, "receiver.id") === undefined && body.fund_id === undefined)
    errors.receiver = ["receiver.id or fund_id is required"];
  return errors;
}

function createHistoricGift(ctx: Ctx): Reply {
  const body = bodyOf(ctx);
  if (isReply(body)) return body;
  const invalid = validation(giftErrors(ctx, body));
  if (invalid) return invalid;
  const values: Row = {
    is_anonymous: body.is_anonymous === true,
    is_native: body.is_native === true,
    is_imported: body.is_imported !== false,
    amount: Number(body.amount).toFixed(2),
    currency: body.currency,
    received: body.received,
  };
  for (const field of GIFT_TEXT) values[field] = body[field] ?? null;
  values.usd_amount = body.currency === "USD" ? values.amount : null;
  const donor =
    refValue(body, "donor.id") ??
    ctx.store.rows("people", (p) => p.external_id === body.donor_person_external_id)[0]?.id;
  if (donor !== undefined) values.donor_id = donor;
  const receiver = refValue(body, "receiver.id");
  if (receiver !== undefined) values.receiver_id = receiver;
  const campaign = refValue(body, "campaign.id");
  if (campaign !== undefined) values.campaign_id = campaign;
  return json(201, historicGift(ctx, ctx.store.insert("historicGifts", values)));
}

/** Every giving route. */
export const GIVING_ROUTES: RouteTable = {
  "GET /campaigns": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("campaigns"), (r) => r),
      ["id", "goal_amount"],
    ),
  "GET /campaigns/{id}": (ctx) => one(ctx.store.row("campaigns", ctx.params.id!), (r) => r),
  "GET /contribution-batches": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("batches"), (r) => batch(ctx, r)),
      ["id", "amount", "received"],
    ),
  "GET /contribution-batches/{id}": (ctx) => one(ctx.store.row("batches", ctx.params.id!), (r) => batch(ctx, r)),
  "GET /contributions": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("contributions"), (r) => contribution(ctx, r)),
      ["id", "amount"],
    ),
  "GET /contributions/{id}": (ctx) => one(ctx.store.row("contributions", ctx.params.id!), (r) => contribution(ctx, r)),
  "GET /historic-gifts": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("historicGifts"), (r) => historicGift(ctx, r)),
      ["id", "received"],
    ),
  "POST /historic-gifts": createHistoricGift,
  "GET /historic-gifts/{id}": (ctx) => one(ctx.store.row("historicGifts", ctx.params.id!), (r) => historicGift(ctx, r)),
  "GET /recurrings": (ctx) =>
    listReply(
      ctx,
      rendered(ctx.store.rows("recurrings"), (r) => recurring(ctx, r)),
    ),
  "GET /recurrings/{id}": (ctx) => one(ctx.store.row("recurrings", ctx.params.id!), (r) => recurring(ctx, r)),
};
