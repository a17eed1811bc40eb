/**
 * The committed package as users get it: generated/snabble built by `tsc` with its own tsconfig (strict), then the
 * built JavaScript runs the documented journeys against the mock: app token, product import, checkout, PoS hand-over.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as SnabblePackage from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, TEST_APP, type SnabbleMock } from "./mock-server.js";
import { CLIENT_ID, PROJECT } from "./setup.js";

const OUT_DIR = path.resolve("test/.out/providers/snabble-dist");
let mock: SnabbleMock;
let built: typeof SnabblePackage;

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "generated/snabble", "--outDir", OUT_DIR], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  built = (await import(pathToFileURL(path.join(OUT_DIR, "index.js")).href)) as typeof SnabblePackage;
  mock = await startSnabbleMock();
}, 60_000);
afterAll(() => mock?.close());

it("imports products, gets an app token with TOTP, checks out and hands the checkout to a PoS", async () => {
  const integrator = new built.Snabble({ baseUrl: mock.origin, project: PROJECT, auth: { jwt: { token: mock.issueJwt(PROJECT) } } });
  const imported = [];
  for await (const line of await integrator.products.importBatch({ body: [{ sku: "w-1", name: "Wasser 1,5 l" }] })) imported.push(line);
  expect(imported).toEqual([{ sku: "w-1", status: "ok" }]);
  await integrator.pricing.importPrices({ body: [{ sku: "w-1", category: "default", listPrice: 49 }] }).then(async (lines) => {
    for await (const line of lines) expect(line.status).toBe("ok");
  });

  const app = new built.Snabble({ baseUrl: mock.origin, project: PROJECT, clientId: CLIENT_ID, auth: { appCredentials: { username: TEST_APP.id, secret: TEST_APP.secret } } });
  const { token } = await app.appTokens.createAppUser({ appID: TEST_APP.id });
  const shopper = new built.Snabble({ baseUrl: mock.origin, project: PROJECT, auth: { jwt: { token: token.token } } });
  const info = await shopper.checkout.createInfo({ session: "s-built", shopID: "1", items: [{ id: "line-1", sku: "w-1", amount: 2 }] });
  expect(info.checkoutInfo.price?.price).toBe(98);
  const { data: process, response } = await shopper.checkout.createProcess({ signedCheckoutInfo: info, paymentMethod: "qrCodePOS" }).withResponse();
  expect(response.headers.get("location")).toBe(`/${PROJECT}/checkout/process/${process.id}`);

  const claimed = await integrator.pos.update({ id: process.id, state: "processing", processedBy: "pos-7" });
  expect(claimed).toMatchObject({ state: "processing", processedBy: "pos-7" });
  await integrator.pos.update({ id: process.id, state: "successful" });
  expect(await shopper.checkout.retrieveProcess({ id: process.id })).toMatchObject({ paymentState: "successful" });
  const error = await shopper.shops.list().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(built.PermissionDeniedError);
  expect(error).toBeInstanceOf(built.SnabbleError);
});
