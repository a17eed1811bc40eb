// An application using the installed @specforge/sonlet as plain ESM JavaScript (also type-checked as TypeScript):
// list every item across pages, read one, create one with an idempotency key, and handle a 404.
import { NotFoundError, Sonlet, SonletError } from "@specforge/sonlet";

const { SONLET_BASE_URL: baseUrl, SONLET_TOKEN: token } = process.env;
if (!baseUrl || !token) throw new Error("set SONLET_BASE_URL and SONLET_TOKEN");
const sonlet = new Sonlet({ baseUrl, auth: { oauth2: { token } } });
const pks = [];
for await (const item of sonlet.items.list()) pks.push(item.pk);
const first = await sonlet.items.retrieve({ id: pks[0] ?? 0 });
const created = await sonlet.items.create(
  { itemchoice_id: 414, size_id: 9, image_id: first.image.pk },
  { idempotencyKey: "consumer-1" },
);
const missing = await sonlet.items.retrieve({ id: 999_999 }).catch((error) => error);
console.log(
  JSON.stringify({
    pks,
    firstPk: first.pk,
    createdPk: created.pk,
    notFound: missing instanceof NotFoundError && missing instanceof SonletError ? missing.status : String(missing),
  }),
);
