// An application using the installed @specforge/snabble as plain ESM JavaScript (also type-checked as TypeScript):
// import products as NDJSON, get an app token, check out and hand the checkout to a point of sale.
import { PermissionDeniedError, Snabble, SnabbleError } from "@specforge/snabble";

const env = process.env;
const {
  SNABBLE_BASE_URL: baseUrl,
  SNABBLE_PROJECT: project,
  SNABBLE_JWT: jwt,
  SNABBLE_APP_ID: appId,
  SNABBLE_APP_SECRET: appSecret,
} = env;
if (!baseUrl || !project || !jwt || !appId || !appSecret) throw new Error("set the SNABBLE_* variables");

const integrator = new Snabble({ baseUrl, project, auth: { jwt: { token: jwt } } });
const imported = [];
for await (const line of await integrator.products.importBatch({ body: [{ sku: "w-1", name: "Wasser 1,5 l" }] }))
  imported.push(line);
const priced = [];
for await (const line of await integrator.pricing.importPrices({
  body: [{ sku: "w-1", category: "default", listPrice: 49 }],
}))
  priced.push(line.status);

const app = new Snabble({
  baseUrl,
  project,
  clientId: env.SNABBLE_CLIENT_ID ?? "consumer-app",
  auth: { appCredentials: { username: appId, secret: appSecret } },
});
const { token } = await app.appTokens.createAppUser({ appID: appId });
const shopper = new Snabble({ baseUrl, project, auth: { jwt: { token: token.token } } });
const info = await shopper.checkout.createInfo({
  session: "s-consumer",
  shopID: "1",
  items: [{ id: "line-1", sku: "w-1", amount: 2 }],
});
const { data: started, response } = await shopper.checkout
  .createProcess({ signedCheckoutInfo: info, paymentMethod: "qrCodePOS" })
  .withResponse();
await integrator.pos.update({ id: started.id, state: "processing", processedBy: "pos-7" });
await integrator.pos.update({ id: started.id, state: "successful" });
const finished = await shopper.checkout.retrieveProcess({ id: started.id });
const denied = await shopper.shops.list().catch((error) => error);
console.log(
  JSON.stringify({
    imported,
    priced,
    price: info.checkoutInfo.price?.price,
    location: response.headers.get("location"),
    processId: started.id,
    paymentState: finished.paymentState,
    denied: denied instanceof PermissionDeniedError && denied instanceof SnabbleError ? denied.status : String(denied),
  }),
);
