// An application using the installed @specforge/sowprog as plain ESM JavaScript (also type-checked as TypeScript):
// create an event in JSON, upload its picture, publish it with the version just read, then read it back in XML.
import { Sowprog } from "@specforge/sowprog";

const { SOWPROG_BASE_URL: baseUrl, SOWPROG_CLIENT_ID: clientId, SOWPROG_CLIENT_SECRET: clientSecret } = process.env;
const { SOWPROG_USERNAME: username, SOWPROG_PASSWORD: password, SOWPROG_EVENT: event } = process.env;
if (!baseUrl || !clientId || !clientSecret || !username || !password || !event)
  throw new Error("set SOWPROG_BASE_URL, the credentials and SOWPROG_EVENT");
const credentials = { clientId, clientSecret, username, password, allowInsecureTokenUrl: true };

const json = new Sowprog({
  baseUrl,
  auth: { oauth: { flow: "password", ...credentials } },
  preferredMediaTypes: ["application/json"],
});
const created = await json.events.create({ body: JSON.parse(event) });
const id = created.event?.sowprogId?.id;
if (id === undefined) throw new Error("no id in the created event");
const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], "cover.jpg", { type: "image/jpeg" });
const version = (await json.events.uploadPicture({ eventId: id, file })).event?.sowprogId?.version;
if (version === undefined) throw new Error("no version in the updated event");
await json.events.update({ eventId: id, body: { sowprogId: { id, version }, status: "PUBLISHED" } });
const xml = new Sowprog({
  baseUrl,
  auth: { oauth: { flow: "password", ...credentials } },
  preferredMediaTypes: ["application/xml"],
});
const read = await xml.events.get({ eventId: id });
console.log(
  JSON.stringify({
    id,
    status: read.event?.status,
    version: read.event?.sowprogId?.version,
    stores: read.event?.offer?.eventTicketStore?.length,
  }),
);
