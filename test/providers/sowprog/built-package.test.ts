/**
 * The committed package as users get it: generated/sowprog built by `tsc` with its own tsconfig (strict), then the
 * built JavaScript runs the documented workflow against the mock in JSON and reads the result back in XML.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as SowprogPackage from "../../../generated/sowprog/src/index.js";
import { TEST_CREDENTIALS } from "./mock-auth.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";
import { exampleEvent, wireLines } from "./setup.js";

const OUT_DIR = path.resolve("test/.out/providers/sowprog-dist");
let mock: SowprogMock;
let built: typeof SowprogPackage;

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "generated/sowprog", "--outDir", OUT_DIR], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  built = (await import(pathToFileURL(path.join(OUT_DIR, "index.js")).href)) as typeof SowprogPackage;
  mock = await startSowprogMock();
}, 120_000);
afterAll(() => mock?.close());

it("creates, uploads, publishes in JSON and reads the event back in XML with the built JavaScript", async () => {
  const auth = { oauth: { flow: "password" as const, ...TEST_CREDENTIALS, allowInsecureTokenUrl: true } };
  const json = new built.Sowprog({ baseUrl: mock.apiBase, auth, preferredMediaTypes: ["application/json"] });
  const id = (await json.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], "cover.jpg", { type: "image/jpeg" });
  const version = (await json.events.uploadPicture({ eventId: id, file })).event!.sowprogId!.version!;
  await json.events.update({ eventId: id, body: { sowprogId: { id, version }, status: "PUBLISHED" } });
  const xml = new built.Sowprog({ baseUrl: mock.apiBase, auth, preferredMediaTypes: ["application/xml"] });
  const read = await xml.events.get({ eventId: id });
  expect([read.event!.status, read.event!.sowprogId!.version, read.event!.offer!.eventTicketStore!.length]).toEqual(["PUBLISHED", 2, 1]);
  expect(wireLines(mock)).toEqual([
    "POST /token 200",
    "POST /events 200",
    `PUT /events/${id}/picture 200`,
    `PUT /events/${id} 200`,
    "POST /token 200",
    `GET /events/${id} 200`,
  ]);
});
