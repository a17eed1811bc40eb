/**
 * Two generated clients in a real browser: the sonlet and sitestacker tarballs are installed into a fresh project,
 * test/browser/page/main.ts (type-checked there as a bundler consumer) is bundled with esbuild for the browser, and
 * headless Chromium (Debian's, driven by playwright-core) opens the page from its own origin, so every call to the
 * mock servers is cross-origin (CORS via test/support/cors.ts). The test reads what the page shows and what the
 * servers received.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createConsumerProject, removeConsumerProject, typeCheckConsumer } from "../package/consumer-project.js";
import { packProvider, REPO_ROOT } from "../package/pack-once.js";
import { startSiteStackerMock, TEST_KEY, type SiteStackerMock } from "../providers/sitestacker/mock-server.js";
import { expectedAuthorization } from "../providers/sitestacker/setup.js";
import { startSonletMock, type SonletMock } from "../providers/sonlet/mock-server.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
/** The flags this machine's closed network needs (no background connections, no QUIC), as root without a sandbox. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let app = "";
let site: Server;
let siteOrigin = "";
let browser: Browser;
let sonlet: SonletMock;
let stacker: SiteStackerMock;

/** Serves the page and its bundle (nothing else) from 127.0.0.1. */
async function servePage(files: Readonly<Record<string, { type: string; body: string }>>): Promise<void> {
  site = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://x").pathname];
    if (file === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  execFileSync("bash", [path.join(REPO_ROOT, "test/browser/ensure-chromium.sh")], { stdio: "inherit" });
  app = await createConsumerProject([await packProvider("sonlet"), await packProvider("sitestacker")]);
  await mkdir(path.join(app, "src/browser"), { recursive: true });
  await copyFile(path.join(REPO_ROOT, "test/browser/page/main.ts"), path.join(app, "src/browser/main.ts"));
  const bundled = await build({
    entryPoints: [path.join(app, "src/browser/main.ts")],
    absWorkingDir: app,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const html = await readFile(path.join(REPO_ROOT, "test/browser/page/index.html"), "utf8");
  await servePage({
    "/index.html": { type: "text/html; charset=utf-8", body: html },
    "/main.js": { type: "text/javascript", body: bundled.outputFiles[0]!.text },
  });
  [sonlet, stacker] = await Promise.all([
    startSonletMock({ items: 3, pageSize: 2 }),
    startSiteStackerMock({ people: 150 }),
  ]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([
    sonlet?.close(),
    stacker?.close(),
    new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined))),
  ]);
  if (app) await removeConsumerProject(app);
});

it("the page type-checks as a strict bundler consumer of both packages", () => {
  expect(typeCheckConsumer(app, "bundler")).toBe("");
});

it("lists, creates, pages and shows a typed 404 with both clients, cross-origin", async () => {
  const token = sonlet.issueTokens().access_token;
  const seeded = [...sonlet.store.items.keys()];
  const query = new URLSearchParams({
    sonlet: sonlet.apiBase,
    token,
    sitestacker: stacker.apiBase,
    keyId: TEST_KEY.keyId,
    secret: TEST_KEY.secret,
  });
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${siteOrigin}/index.html?${query}`);
  await page.waitForSelector("body:not([data-state=loading])");
  const texts = async (id: string): Promise<string[]> => page.locator(`#${id} li`).allTextContents();

  expect(await texts("errors")).toEqual(["NotFoundError 404"]);
  expect(await page.getAttribute("body", "data-state")).toBe("done");
  expect(await texts("items")).toEqual(seeded.map((pk) => `item ${pk}`));
  const created = [...sonlet.store.items.keys()].find((pk) => !seeded.includes(pk));
  expect(await texts("created")).toEqual([`item ${created}`]);
  const people = await texts("people");
  expect(people).toHaveLength(150);
  for (const name of people) expect(name).toMatch(/^Person \d+/);
  expect(pageErrors).toEqual([]);
  await page.close();

  // What the servers received: the page's origin, the credentials, and preflights for the non-simple requests.
  for (const request of [...sonlet.requests, ...stacker.requests]) expect(request.headers.origin).toBe(siteOrigin);
  for (const request of sonlet.requests) expect(request.headers.authorization).toBe(`Bearer ${token}`);
  expect(sonlet.requests.find((r) => r.method === "POST")?.headers["x-idempotency-key"]).toBe("browser-1");
  for (const request of stacker.requests)
    expect(request.headers.authorization).toBe(expectedAuthorization(request.headers, request.method));
  expect(stacker.requests.map((r) => r.response?.status)).toEqual([206, 200]);
  expect(stacker.requests[1]?.headers.range).toMatch(/^id [^;]*;/);
  const preflightHeaders = [...sonlet.preflights, ...stacker.preflights].map(
    (p) => `${p.headers["access-control-request-method"]} ${p.headers["access-control-request-headers"]}`,
  );
  expect(preflightHeaders).toContain("POST authorization,content-type,x-idempotency-key");
  expect(stacker.preflights.length).toBeGreaterThan(0);
  for (const p of stacker.preflights)
    expect(p.headers["access-control-request-headers"]).toMatch(/authorization.*ss-date/);
});
