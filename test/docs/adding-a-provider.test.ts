/**
 * docs/adding-a-provider.md, followed as a newcomer would: its example spec is written to specs/bookshelf/ in a
 * scratch folder under os.tmpdir(), the documented npm scripts (as package.json defines them) lint and generate it,
 * `--check` is clean, the version and changelog come from the spec folder's CHANGELOG.md (the doc's example), and
 * the package builds, packs, installs, its README examples type-check, and it talks to a small Bookshelf server.
 */
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { extractCodeBlocks } from "../emit/readme-blocks.js";
import { createConsumerProject, removeConsumerProject, typeCheckConsumer, writeReadmeExamples } from "../package/consumer-project.js";
import { packProvider, REPO_ROOT } from "../package/pack-once.js";

const DOC = path.join(REPO_ROOT, "docs/adding-a-provider.md");
const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
let scratch = "";
let app = "";
let doc = "";

/** Runs an npm script of the repository the way `npm run` would, but in `scratch`; what it printed, once it exited 0. */
function runScript(name: string, extra: readonly string[] = []): string {
  const [command, entry, ...args] = scripts[name]!.split(" ");
  expect(command).toBe("node");
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, entry!), ...args, ...extra], { cwd: scratch, encoding: "utf8" });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout + run.stderr;
}

beforeAll(async () => {
  doc = await readFile(DOC, "utf8");
  scratch = await mkdtemp(path.join(os.tmpdir(), "specforge-sixth-"));
  const spec = extractCodeBlocks(doc).find((block) => block.info === "yaml" && block.code.startsWith("openapi:"));
  await mkdir(path.join(scratch, "specs/bookshelf"), { recursive: true });
  await writeFile(path.join(scratch, "specs/bookshelf/openapi.yaml"), `${spec!.code}\n`);
  const changelog = extractCodeBlocks(doc).find((block) => block.info === "md" && block.code.startsWith("# Changelog"));
  await writeFile(path.join(scratch, "specs/bookshelf/CHANGELOG.md"), `${changelog!.code}\n`);
});
afterAll(async () => {
  if (app) await removeConsumerProject(app);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

it("documents the commands it relies on, and the root README links to it", async () => {
  const shell = extractCodeBlocks(doc).filter((block) => block.info === "sh").map((block) => block.code).join("\n");
  for (const command of ["npm run lint:specs", "npm run generate", "npm install --no-audit --no-fund"]) expect(shell).toContain(command);
  expect(doc).toContain("npm run generate -- --check");
  expect(await readFile(path.join(REPO_ROOT, "README.md"), "utf8")).toContain("(docs/adding-a-provider.md)");
});

it("lints, generates and checks the example spec with the documented scripts", () => {
  expect(runScript("lint:specs")).toContain("specs/bookshelf: clean");
  expect(runScript("generate")).toMatch(/✓ bookshelf: \d+ file\(s\) written/);
  runScript("generate", ["--check"]);
});

it("takes the version and changelog from the spec folder's CHANGELOG.md", async () => {
  const manifest = JSON.parse(await readFile(path.join(scratch, "generated/bookshelf/package.json"), "utf8")) as { name: string; version: string };
  expect(manifest).toMatchObject({ name: "@specforge/bookshelf", version: "1.0.0" });
  expect(await readFile(path.join(scratch, "generated/bookshelf/CHANGELOG.md"), "utf8")).toContain("## 1.0.0\n\n- First release.\n");
});

it("builds a package that installs, type-checks its README as a strict consumer and calls the API", async () => {
  const packed = await packProvider("bookshelf", path.join(scratch, "generated"));
  app = await createConsumerProject(packed);
  expect(await writeReadmeExamples(app, packed.manifest.name)).toBeGreaterThanOrEqual(6);
  expect(typeCheckConsumer(app, "bundler")).toBe("");
  const { server, received } = await startBookshelf();
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const script = [
      `import { Bookshelf, NotFoundError } from "@specforge/bookshelf";`,
      `const client = new Bookshelf({ baseUrl: ${JSON.stringify(base)}, auth: { token: { token: "t0k" } } });`,
      `const titles = [];`,
      `for await (const book of client.books.list()) titles.push(book.title);`,
      `const created = await client.books.create({ title: "Emma" });`,
      `const missing = await client.books.retrieve({ id: 404 }).catch((error) => error);`,
      `console.log(JSON.stringify({ titles, created, notFound: missing instanceof NotFoundError && missing.body }));`,
    ].join("\n");
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: app, encoding: "utf8" });
    expect(JSON.parse(stdout)).toEqual({ titles: ["Dune", "Emma"], created: { id: 3, title: "Emma" }, notFound: { message: "no book 404" } });
    expect(received).toEqual(["GET /books Bearer t0k", "GET /books?cursor=2 Bearer t0k", "POST /books Bearer t0k", "GET /books/404 Bearer t0k"]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A Bookshelf server: two pages of books (next links), create, and a 404 with the documented error body. */
async function startBookshelf(): Promise<{ server: Server; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    const send = (status: number, body: unknown): void => void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const origin = `http://${req.headers.host}`;
    if (req.method === "GET" && req.url === "/books") return send(200, { results: [{ id: 1, title: "Dune" }], next: `${origin}/books?cursor=2` });
    if (req.url === "/books?cursor=2") return send(200, { results: [{ id: 2, title: "Emma" }], next: null });
    if (req.method === "POST" && req.url === "/books") return send(201, { id: 3, title: "Emma" });
    return send(404, { message: `no book ${req.url?.split("/").pop()}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, received };
}
