// An application using the installed @specforge/sitestacker as plain ESM JavaScript (also type-checked as TypeScript):
// find a person by a search condition, page through many, add an email, record a gift, read the rate limit.
import { NotFoundError, readRateLimit, SiteStacker } from "@specforge/sitestacker";

const { SITESTACKER_BASE_URL: baseUrl, SITESTACKER_KEY_ID: keyId, SITESTACKER_SECRET: secret } = process.env;
if (!baseUrl || !keyId || !secret)
  throw new Error("set SITESTACKER_BASE_URL, SITESTACKER_KEY_ID and SITESTACKER_SECRET");
const client = new SiteStacker({ baseUrl, auth: { hmac: { keyId, secret } } });

const [john] = await client.people.list({ search: { external_id: "R2D2" } });
if (!john) throw new Error("R2D2 not found");
let paged = 0;
for await (const person of client.people.list({ search: { "fullname LIKE": "Person %" } }))
  if (person.fullname?.startsWith("Person ")) paged++;
const email = await client.emails.create({ personId: john.id, email: "john.work@example.org" });
const gift = await client.historicGifts.create({
  amount: "40.00",
  currency: "USD",
  received: "2018-01-15T00:00:00+00:00",
  donor_person_external_id: "R2D2",
  fund_id: "GF-1",
});
const missing = await client.people.retrieve({ id: "987654" }).catch((error) => error);
const { response } = await client.webhooks.list().withResponse();
console.log(
  JSON.stringify({
    john: john.fullname,
    paged,
    email: email.email,
    giftDonor: gift.donor?.id === john.id,
    notFound: missing instanceof NotFoundError ? missing.status : String(missing),
    remaining: readRateLimit(response)?.remaining,
  }),
);
