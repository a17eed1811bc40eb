/**
 * The committed package as users get it: generated/sitestacker built by `tsc` with its own tsconfig (strict), then the
 * built JavaScript runs a sync job against the mock: find people by search, page through all of them, add an email,
 * record a historic gift, and read the rate limit.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as SiteStackerPackage from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, TEST_KEY, type SiteStackerMock } from "./mock-server.js";
import { expectedAuthorization } from "./setup.js";

const OUT_DIR = path.resolve("test/.out/providers/sitestacker-dist");
let mock: SiteStackerMock;
let built: typeof SiteStackerPackage;

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "generated/sitestacker", "--outDir", OUT_DIR], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  built = (await import(pathToFileURL(path.join(OUT_DIR, "index.js")).href)) as typeof SiteStackerPackage;
  mock = await startSiteStackerMock({ people: 150 });
}, 120_000);
afterAll(() => mock?.close());

it("finds, pages, writes and reads the rate limit with the built JavaScript", async () => {
  const client = new built.SiteStacker({ baseUrl: mock.apiBase, auth: { hmac: { keyId: TEST_KEY.keyId, secret: TEST_KEY.secret } } });
  const [john] = await client.people.list({ search: { external_id: "R2D2" } });
  expect(john?.fullname).toBe("John Doe");
  let count = 0;
  for await (const person of client.people.list({ search: { "fullname LIKE": "Person %" } })) count += person.fullname?.startsWith("Person ") ? 1 : 0;
  expect(count).toBe(150);
  const email = await client.emails.create({ personId: john!.id, email: "john.work@example.org" });
  const gift = await client.historicGifts.create({ amount: "40.00", currency: "USD", received: "2018-01-15T00:00:00+00:00", donor_person_external_id: "R2D2", fund_id: "GF-1" });
  expect([email.email, gift.donor?.id, gift.usd_amount]).toEqual(["john.work@example.org", john!.id, "40.00"]);
  const { response } = await client.webhooks.list().withResponse();
  expect(built.readRateLimit(response)?.remaining).toBe(5000 - mock.requests.length);
  for (const request of mock.requests) expect(request.headers.authorization).toBe(expectedAuthorization(request.headers, request.method));
  expect(mock.requests.map((r) => r.response?.status)).toEqual([200, 206, 200, 201, 201, 200]);
});
