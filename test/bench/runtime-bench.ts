/**
 * The "Client runtime" bench: per-request overhead of the generated client against raw `fetch` (and
 * openapi-fetch, hey-api's fetch client) on a loopback JSON API, and the min+gzip size of a bundle that calls
 * one operation. The server and every client loop are separate `node` processes; clients are alternated
 * within each round and the figures are medians over rounds. A benchmark: nothing is asserted.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { summarize, type Stats } from "./measure.js";
import { generateHeySdk } from "./runtime-hey-sdk.js";
import { profileLoop, type RuntimeProfile } from "./runtime-profile.js";
import {
  bundleCases,
  familyBreakdown,
  measureBundles,
  type BundleSize,
  type FamilyBreakdown,
} from "./runtime-bundle-size.js";
import type { ClientName, LoopConfig, LoopResult } from "./runtime-client-loop.js";

/** One load shape: which operation, how many requests at once. */
export interface Scenario {
  id: string;
  label: string;
  op: LoopConfig["op"];
  concurrency: number;
  /** No network: a stub `fetch` answering at once (see runtime-client-loop.ts). */
  stub?: boolean;
  /** Timed requests = settings.requests × this (stub calls are cheap, so more of them). */
  requestsFactor?: number;
}

/** The bench's knobs (all bounded). */
export interface RuntimeSettings {
  rounds: number;
  warmup: number;
  requests: number;
  scenarios: Scenario[];
}

export const DEFAULT_RUNTIME_SETTINGS: RuntimeSettings = {
  rounds: 7,
  warmup: 500,
  requests: 4000,
  scenarios: [
    { id: "get-1", label: "GET /pets/1, sequential", op: "get", concurrency: 1 },
    { id: "post-1", label: "POST /pets (JSON echo), sequential", op: "post", concurrency: 1 },
    { id: "get-16", label: "GET /pets/1, 16 concurrent", op: "get", concurrency: 16 },
    {
      id: "get-stub",
      label: "GET /pets/1, no network (stub fetch answering at once), sequential",
      op: "get",
      concurrency: 1,
      stub: true,
      requestsFactor: 4,
    },
  ],
};

/** One round's per-request figures of one client in one scenario. */
type Sample = { wallUs: number; cpuUs: number };

/** The clients, in the order the tables show them; "fetch" is the baseline. */
export const CLIENT_LABELS: Record<ClientName, string> = {
  fetch: "raw fetch + res.json()",
  "fetch-timeout": "raw fetch + res.json(), 60 s timeout signal",
  specforge: "specforge generated client",
  "specforge-no-timeout": "specforge generated client, `timeout: Infinity`",
  "openapi-fetch": "openapi-fetch",
  "hey-api": "@hey-api/client-fetch",
};

/** Per-request figures of one client in one scenario, over the rounds. */
export interface ClientStats {
  client: ClientName;
  /** Wall time per request, µs. */
  wallUs: Stats;
  /** Client process CPU time per request, µs. */
  cpuUs: Stats;
  /** Requests per second (from each round's wall time). */
  rps: Stats;
  /** Paired with raw fetch plus the same 60 s timeout signal in the same round: (client ÷ fetch-timeout − 1) × 100, wall. */
  overheadVsTimeoutPct: Stats;
  /** Paired with raw fetch in the same round: (client − fetch) µs per request, wall. */
  overheadUs: Stats;
  /** Paired with raw fetch in the same round: client ÷ fetch − 1, wall, in %. */
  overheadPct: Stats;
  /** Same as overheadUs, client CPU time. */
  cpuOverheadUs: Stats;
  /** Same as overheadPct, client CPU time. */
  cpuOverheadPct: Stats;
  failures: string[];
}

export interface ScenarioResult {
  scenario: Scenario;
  clients: ClientStats[];
}

/** Everything the runtime bench measured. */
export interface RuntimeResults {
  settings: RuntimeSettings;
  clients: ClientName[];
  scenarios: ScenarioResult[];
  bundles: BundleSize[];
  /** What each runtime feature costs in the specforge bundle. */
  families: FamilyBreakdown | undefined;
  /** CPU profile of the specforge client in the no-network loop, attributed to runtime functions. */
  profile: RuntimeProfile | undefined;
  versions: Record<string, string>;
  notes: string[];
  commands: { label: string; command: string }[];
  benchMs: number;
}

interface Context {
  root: string;
  workDir: string;
  log: (line: string) => void;
}

const PACKAGE = "@specforge/petstore";
const SPEC = "test/cli/specs/petstore";

/** Runs the whole runtime bench. */
export async function benchRuntime(settings: RuntimeSettings, ctx: Context): Promise<RuntimeResults> {
  const started = performance.now();
  const work = path.join(ctx.workDir, "runtime");
  await rm(work, { recursive: true, force: true });
  const notes: string[] = [];
  const versions = packageVersions(ctx.root, ["openapi-fetch", "@hey-api/client-fetch", "esbuild", "typescript"]);
  versions["node"] = process.version;
  const heyApi = versions["@hey-api/client-fetch"] !== "not installed";
  if (!heyApi) {
    notes.push("@hey-api/client-fetch is not installed: its rows are left out (no numbers invented).");
    ctx.log(`  NOTE: ${notes.at(-1)!}`);
  }

  const consumer = path.join(work, "consumer");
  const packageDir = path.join(consumer, "node_modules", ...PACKAGE.split("/"));
  ctx.log(`  generating ${SPEC} and building it with tsc…`);
  await generateAndBuild(ctx.root, packageDir);
  const scripts = await compileScripts(ctx.root, path.join(work, "scripts"));

  const heySdk = generateHeySdk(
    ctx.root,
    ctx.workDir,
    path.join(ctx.root, SPEC),
    path.join(ctx.root, SPEC, "openapi.yaml"),
    path.join(consumer, "hey-api-sdk"),
    ctx.log,
  );
  if ("error" in heySdk)
    notes.push(`the SDK of @hey-api/openapi-ts could not be generated (${heySdk.error}): its bundle row is left out.`);
  ctx.log("  bundle sizes (esbuild, minified, browser ESM; gzip -9)…");
  const bundles = await measureBundles(
    consumer,
    bundleCases({ heyApi, ...("label" in heySdk ? { heyApiSdk: heySdk.label } : {}) }),
  );
  const specforgeBundle = bundles.find((b) => b.id === "specforge");
  const families = specforgeBundle ? await familyBreakdown(consumer, specforgeBundle) : undefined;

  const clients: ClientName[] = [
    "fetch",
    "fetch-timeout",
    "specforge",
    "specforge-no-timeout",
    "openapi-fetch",
    ...(heyApi ? (["hey-api"] as const) : []),
  ];
  const server = await startServer(scripts.server, ctx.root);
  const specforgeModule = pathToFileURL(path.join(packageDir, "dist", "index.js")).href;
  const samples = new Map<string, Sample[]>();
  const failures = new Map<string, string[]>();
  const key = (scenario: string, client: string) => `${scenario}|${client}`;
  const base = { baseUrl: server.baseUrl, specforgeModule };
  try {
    // The server process JITs its handler on its first requests: warm it up so round 1's first client is not penalised.
    for (const op of ["get", "post"] as const)
      await runLoop(
        scripts.loop,
        { ...base, client: "fetch", op, warmup: settings.warmup, requests: settings.warmup, concurrency: 1 },
        ctx.root,
      );
    for (let round = 0; round < settings.rounds; round++) {
      ctx.log(`  round ${round + 1}/${settings.rounds}`);
      for (const scenario of settings.scenarios) {
        // Rotate the order every round so no client always runs first (or right after the same one).
        const order = clients.map((_, i) => clients[(i + round) % clients.length]!);
        const line: string[] = [];
        for (const client of order) {
          const config: LoopConfig = {
            ...base,
            client,
            op: scenario.op,
            warmup: settings.warmup * (scenario.requestsFactor ?? 1),
            requests: settings.requests * (scenario.requestsFactor ?? 1),
            concurrency: scenario.concurrency,
            stub: scenario.stub === true,
          };
          const outcome = await runLoop(scripts.loop, config, ctx.root);
          const k = key(scenario.id, client);
          if ("error" in outcome) {
            failures.set(k, [...(failures.get(k) ?? []), `round ${round + 1}: ${outcome.error}`]);
            line.push(`${client} FAILED`);
            continue;
          }
          const perRequest = {
            wallUs: (outcome.wallMs * 1000) / outcome.requests,
            cpuUs: (outcome.cpuMs * 1000) / outcome.requests,
          };
          samples.set(k, [...(samples.get(k) ?? []), perRequest]);
          line.push(`${client} ${perRequest.wallUs.toFixed(0)} µs`);
        }
        ctx.log(`    ${scenario.id}: ${line.join(", ")}`);
      }
    }
  } finally {
    server.stop();
  }

  ctx.log("  CPU profile of the specforge client, no network…");
  let profile: RuntimeProfile | undefined;
  try {
    const factor = settings.scenarios.find((sc) => sc.stub === true)?.requestsFactor ?? 1;
    const config: LoopConfig = {
      ...base,
      client: "specforge",
      op: "get",
      stub: true,
      warmup: settings.warmup * factor,
      requests: settings.requests * factor,
      concurrency: 1,
    };
    profile = await profileLoop(scripts.loop, config, {
      cwd: ctx.root,
      outDir: path.join(work, "profile"),
      packageMarker: `/${PACKAGE}/dist/`,
    });
  } catch (error) {
    notes.push(
      `the CPU profile run failed (${error instanceof Error ? error.message : String(error)}); its table is left out.`,
    );
  }

  const scenarios: ScenarioResult[] = settings.scenarios.map((scenario) => {
    const baseline = samples.get(key(scenario.id, "fetch")) ?? [];
    const timeoutBaseline = samples.get(key(scenario.id, "fetch-timeout")) ?? [];
    return {
      scenario,
      clients: clients.map((client): ClientStats => {
        const own = samples.get(key(scenario.id, client)) ?? [];
        // Pair each round with the baseline of the same round (samples are appended in round order; a failed
        // round leaves a gap, so pair only when both lists are complete).
        const pair = (base: readonly Sample[]) =>
          own.length === settings.rounds && base.length === settings.rounds
            ? own.map((s, i) => [s, base[i]!] as const)
            : [];
        const paired = pair(baseline);
        return {
          client,
          wallUs: summarize(own.map((s) => s.wallUs)),
          cpuUs: summarize(own.map((s) => s.cpuUs)),
          rps: summarize(own.map((s) => 1e6 / s.wallUs)),
          overheadUs: summarize(paired.map(([s, b]) => s.wallUs - b.wallUs)),
          overheadPct: summarize(paired.map(([s, b]) => (s.wallUs / b.wallUs - 1) * 100)),
          overheadVsTimeoutPct: summarize(pair(timeoutBaseline).map(([s, b]) => (s.wallUs / b.wallUs - 1) * 100)),
          cpuOverheadUs: summarize(paired.map(([s, b]) => s.cpuUs - b.cpuUs)),
          cpuOverheadPct: summarize(paired.map(([s, b]) => (s.cpuUs / b.cpuUs - 1) * 100)),
          failures: failures.get(key(scenario.id, client)) ?? [],
        };
      }),
    };
  });

  const w = "<work>/runtime";
  const loopArgs = (client: string, op: string, concurrency: number) =>
    `node ${w}/scripts/runtime-client-loop.mjs '{"client":"${client}","op":"${op}","baseUrl":"http://127.0.0.1:<port>","warmup":${settings.warmup},"requests":${settings.requests},"concurrency":${concurrency}${client.startsWith("specforge") ? `,"specforgeModule":"file://${w}/consumer/node_modules/${PACKAGE}/dist/index.js"` : ""}}'`;
  const commands = [
    {
      label: "the generated package (then built with tsc)",
      command: `node generator/bin.mjs generate ${SPEC} --out ${w}/consumer/node_modules/${PACKAGE} --name ${PACKAGE} --no-cache && node node_modules/typescript/bin/tsc -p ${w}/consumer/node_modules/${PACKAGE}`,
    },
    {
      label: "hey-api's generated SDK for its bundle row (on the local Node when its engines need it)",
      command: `node node_modules/@hey-api/openapi-ts/bin/run.js -i ${SPEC}/openapi.yaml -o ${w}/consumer/hey-api-sdk -c @hey-api/client-fetch --no-log-file`,
    },
    { label: "server (its own process; prints `listening <port>`)", command: `node ${w}/scripts/runtime-server.mjs` },
    {
      label:
        "one client loop per process (client: fetch | fetch-timeout | specforge | specforge-no-timeout | openapi-fetch | hey-api; op: get | post)",
      command: loopArgs("specforge", "get", 1),
    },
    {
      label: "the CPU profile (no network; the stub answers at once)",
      command: `node --cpu-prof --cpu-prof-dir ${w}/profile ${w}/scripts/runtime-client-loop.mjs '{"client":"specforge","op":"get","stub":true,…}'`,
    },
    {
      label: "bundle sizes: esbuild on each entry, see the entries above",
      command: `esbuild ${w}/consumer/entries/<client>.ts --bundle --minify --format=esm --platform=browser --tree-shaking=true | gzip -9 | wc -c`,
    },
  ];
  return {
    settings,
    clients,
    scenarios,
    bundles,
    families,
    profile,
    versions,
    notes,
    commands,
    benchMs: performance.now() - started,
  };
}

/** Generates the petstore package into `packageDir` with the CLI and compiles it to dist/ with tsc. */
async function generateAndBuild(root: string, packageDir: string): Promise<void> {
  await mkdir(path.dirname(packageDir), { recursive: true });
  const gen = spawnSync(
    process.execPath,
    ["generator/bin.mjs", "generate", SPEC, "--out", packageDir, "--name", PACKAGE, "--no-cache"],
    { cwd: root, encoding: "utf8" },
  );
  if (gen.status !== 0) throw new Error(`generating ${SPEC} failed:\n${gen.stdout}${gen.stderr}`);
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", packageDir],
    { cwd: root, encoding: "utf8" },
  );
  if (tsc.status !== 0) throw new Error(`tsc on the generated package failed:\n${tsc.stdout}${tsc.stderr}`);
  if (!existsSync(path.join(packageDir, "dist", "index.js")))
    throw new Error("the generated package has no dist/index.js after tsc");
}

/** Compiles the server and loop scripts (TypeScript, one file each) to plain `.mjs` that `node` runs directly. */
async function compileScripts(root: string, outDir: string): Promise<{ server: string; loop: string }> {
  await mkdir(outDir, { recursive: true });
  const out = (name: string) => path.join(outDir, `${name}.mjs`);
  for (const name of ["runtime-server", "runtime-client-loop"]) {
    await build({
      entryPoints: [path.join(root, "test", "bench", `${name}.ts`)],
      outfile: out(name),
      bundle: false,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "error",
    });
  }
  await writeFile(path.join(outDir, "package.json"), '{"type":"module"}\n');
  return { server: out("runtime-server"), loop: out("runtime-client-loop") };
}

/** Starts the server process and waits for its port. */
async function startServer(script: string, cwd: string): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, [script], { cwd, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bench server did not start within 10 s")), 10_000);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code}) before listening`)));
    lines.on("line", (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => {
      child.stdin?.end();
      child.kill("SIGTERM");
    },
  };
}

/** Runs one client loop process; never throws (a failed run is reported, not counted). */
function runLoop(script: string, config: LoopConfig, cwd: string): Promise<LoopResult | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, JSON.stringify(config)], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // Bounded: a loop of a few thousand loopback requests takes seconds; 5 minutes means something hangs.
    const timer = setTimeout(() => child.kill("SIGKILL"), 5 * 60_000);
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ error: e.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString("utf8").trim();
      if (code !== 0) {
        resolve({
          error: `exit ${code ?? signal}: ${Buffer.concat(err).toString("utf8").trim().split("\n").slice(0, 3).join(" ")}`,
        });
        return;
      }
      try {
        resolve(JSON.parse(stdout.split("\n").at(-1) ?? "") as LoopResult);
      } catch {
        resolve({ error: `unreadable output ${JSON.stringify(stdout.slice(0, 200))}` });
      }
    });
  });
}

function packageVersions(root: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    try {
      out[name] = (
        JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }
      ).version;
    } catch {
      out[name] = "not installed";
    }
  }
  return out;
}
