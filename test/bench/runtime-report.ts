/** Tables, verdicts and the "Runtime" section of BENCHMARKS.md for the client-runtime bench. */
import { markdownTable } from "./format-numbers.js";
import type { MachineInfo } from "./machine.js";
import type { Stats } from "./measure.js";
import { BUNDLE_OPTIONS, type BundleSize } from "./runtime-bundle-size.js";
import { CLIENT_LABELS, type ClientStats, type RuntimeResults, type ScenarioResult } from "./runtime-bench.js";

/** Targets of the "Client runtime" issue. */
export const RUNTIME_TARGETS = { overheadPct: 10, scenario: "get-1" } as const;

const START = "<!-- runtime-bench:start -->";
const END = "<!-- runtime-bench:end -->";

/** The runtime section already in BENCHMARKS.md (markers included), or undefined. */
export function extractRuntimeSection(markdown: string): string | undefined {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  return start >= 0 && end > start ? markdown.slice(start, end + END.length) : undefined;
}

/** `markdown` with its runtime section replaced by `section` (appended when it has none). */
export function withRuntimeSection(markdown: string, section: string | undefined): string {
  if (section === undefined) return markdown;
  const existing = extractRuntimeSection(markdown);
  if (existing !== undefined) return markdown.replace(existing, () => section);
  return `${markdown.replace(/\n*$/, "")}\n\n${section}\n`;
}

const us = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} µs` : "n/a");
const signedUs = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(1)} µs` : "n/a");
const signedPct = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(1)} %` : "n/a");
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en-US") : "n/a");
const bytes = (v: number) => `${v.toLocaleString("en-US")} B`;
const range = (s: Stats, f: (v: number) => string) =>
  s.n === 0 ? "n/a" : s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)} … ${f(s.max)})`;

function find(results: RuntimeResults, scenario: string, client: string): ClientStats | undefined {
  return results.scenarios.find((s) => s.scenario.id === scenario)?.clients.find((c) => c.client === client);
}

function bundle(results: RuntimeResults, id: BundleSize["id"]): BundleSize | undefined {
  return results.bundles.find((b) => b.id === id);
}

/** Both verdicts, as table rows: target, measured, verdict. */
export function runtimeTargetRows(results: RuntimeResults): string[][] {
  const rows: string[][] = [];
  const sf = find(results, RUNTIME_TARGETS.scenario, "specforge");
  const base = find(results, RUNTIME_TARGETS.scenario, "fetch");
  const pct = sf?.overheadPct.median ?? Number.NaN;
  rows.push([
    `per-request overhead vs raw fetch, loopback JSON GET (sequential): ≤ ${RUNTIME_TARGETS.overheadPct} %`,
    sf && base
      ? `wall ${signedPct(pct)} (${signedUs(sf.overheadUs.median)} per request; rounds ${signedPct(sf.overheadPct.min)} … ${signedPct(sf.overheadPct.max)}); client CPU ${signedPct(sf.cpuOverheadPct.median)} (${signedUs(sf.cpuOverheadUs.median)})`
      : "not measured",
    Number.isFinite(pct) ? (pct <= RUNTIME_TARGETS.overheadPct ? "**met**" : "**not met**") : "not measured",
  ]);
  const sameTimeout = sf?.overheadVsTimeoutPct;
  if (sameTimeout && sameTimeout.n > 0) {
    rows.push([
      "(reference, no target) the same overhead against raw fetch given the client's default 60 s timeout signal",
      `wall ${signedPct(sameTimeout.median)} (rounds ${signedPct(sameTimeout.min)} … ${signedPct(sameTimeout.max)})`,
      "—",
    ]);
  }
  const noTimeout = find(results, RUNTIME_TARGETS.scenario, "specforge-no-timeout");
  if (noTimeout && noTimeout.overheadPct.n > 0) {
    rows.push([
      "(reference, no target) overhead vs raw fetch of the client with `timeout: Infinity` (no signal handed to fetch)",
      `wall ${signedPct(noTimeout.overheadPct.median)} (${signedUs(noTimeout.overheadUs.median)} per request; rounds ${signedPct(noTimeout.overheadPct.min)} … ${signedPct(noTimeout.overheadPct.max)})`,
      "—",
    ]);
  }
  const mine = bundle(results, "specforge");
  const theirs = bundle(results, "openapi-fetch");
  rows.push([
    "min+gzip size of a bundle calling one operation: ≤ openapi-fetch's",
    mine && theirs
      ? `${bytes(mine.gzipBytes)} vs ${bytes(theirs.gzipBytes)} (${(mine.gzipBytes / theirs.gzipBytes).toFixed(2)}×; minified ${bytes(mine.minBytes)} vs ${bytes(theirs.minBytes)})`
      : "not measured",
    mine && theirs ? (mine.gzipBytes <= theirs.gzipBytes ? "**met**" : "**not met**") : "not measured",
  ]);
  return rows;
}

/** The tables printed to stdout (BENCHMARKS.md wraps them in prose). */
export function runtimeTables(results: RuntimeResults): {
  targets: string;
  scenarios: string[];
  bundles: string;
  composition: string;
  families: string;
  profile: string;
} {
  return {
    targets: markdownTable(["target", "measured (median of rounds)", "verdict"], runtimeTargetRows(results)),
    scenarios: results.scenarios.map((s) => scenarioTable(s)),
    bundles: bundlesTable(results),
    composition: compositionTable(bundle(results, "specforge")),
    families: familiesTable(results),
    profile: profileTable(results),
  };
}

function profileTable(results: RuntimeResults, top = 15): string {
  const p = results.profile;
  if (!p) return "(no profile)";
  const rows = p.rows.slice(0, top).map((r) => [r.frame, us(r.usPerCall)]);
  const rest = p.rows.slice(top);
  if (rest.length)
    rows.push([`${rest.length} more function(s) of the package`, us(rest.reduce((a, r) => a + r.usPerCall, 0))]);
  rows.push(["**all frames of the generated package**", `**${us(p.packageUsPerCall)}**`]);
  for (const r of p.outside.slice(0, 4)) rows.push([`outside the package: ${r.frame}`, us(r.usPerCall)]);
  rows.push(["profiled run, everything", us(p.totalUsPerCall)]);
  return markdownTable(["where (innermost frame of the generated package on the stack)", "per call"], rows, ["l", "r"]);
}

function familiesTable(results: RuntimeResults): string {
  const f = results.families;
  const total = bundle(results, "specforge");
  if (!f || !total) return "(no specforge bundle)";
  const rows = f.families.map((x) => [x.name, x.modules.join(", "), bytes(x.minBytes), `−${bytes(x.gzipSaved)}`]);
  rows.push([
    "**core** (everything else)",
    f.core.modules.map((m) => m.replace(/^runtime\//, "").replace(/\.js$/, "")).join(", "),
    bytes(f.core.minBytes),
    `${bytes(f.core.gzipBytes)} left with every family above stubbed out`,
  ]);
  const of = bundle(results, "openapi-fetch");
  if (of)
    rows.push(["openapi-fetch, for comparison", "", bytes(of.minBytes), `${bytes(of.gzipBytes)} (its whole bundle)`]);
  return markdownTable(
    ["runtime feature", "modules in the bundle", "minified bytes", "min+gzip saved when stubbed out"],
    rows,
    ["l", "l", "r", "r"],
  );
}

function scenarioTable(s: ScenarioResult): string {
  return markdownTable(
    [
      "client",
      "requests/s",
      "wall per request",
      "overhead vs fetch",
      "overhead %",
      "client CPU per request",
      "CPU overhead",
    ],
    s.clients.map((c) => {
      const baseline = c.client === "fetch";
      return [
        CLIENT_LABELS[c.client] + (c.failures.length ? ` (${c.failures.length} failed round(s))` : ""),
        range(c.rps, int),
        range(c.wallUs, us),
        baseline ? "baseline" : range(c.overheadUs, signedUs),
        baseline ? "—" : range(c.overheadPct, signedPct),
        us(c.cpuUs.median),
        baseline ? "—" : `${signedUs(c.cpuOverheadUs.median)} (${signedPct(c.cpuOverheadPct.median)})`,
      ];
    }),
    ["l", "r", "r", "r", "r", "r", "r"],
  );
}

function bundlesTable(results: RuntimeResults): string {
  const of = bundle(results, "openapi-fetch");
  return markdownTable(
    ["consumer calling GET /pets/{petId}", "minified", "min+gzip", "vs openapi-fetch (gzip)"],
    results.bundles.map((b) => [
      b.label,
      bytes(b.minBytes),
      bytes(b.gzipBytes),
      of ? `${(b.gzipBytes / of.gzipBytes).toFixed(2)}×` : "n/a",
    ]),
    ["l", "r", "r", "r"],
  );
}

function compositionTable(b: BundleSize | undefined, top = 14): string {
  if (!b) return "(no specforge bundle)";
  const total = b.modules.reduce((a, m) => a + m.bytes, 0);
  const rows = b.modules
    .slice(0, top)
    .map((m) => [
      m.file.replace(/^@specforge\/petstore\//, ""),
      bytes(m.bytes),
      `${((m.bytes / total) * 100).toFixed(1)} %`,
    ]);
  const rest = b.modules.slice(top);
  if (rest.length)
    rows.push([
      `${rest.length} more module(s)`,
      bytes(rest.reduce((a, m) => a + m.bytes, 0)),
      `${((rest.reduce((a, m) => a + m.bytes, 0) / total) * 100).toFixed(1)} %`,
    ]);
  rows.push([`**all ${b.modules.length} modules (minified, before gzip)**`, `**${bytes(total)}**`, "100 %"]);
  return markdownTable(["module of the generated package (dist/)", "bytes in the minified bundle", "share"], rows, [
    "l",
    "r",
    "r",
  ]);
}

/** The "Runtime" section of BENCHMARKS.md, with the markers that let either part of the bench rewrite only itself. */
export function renderRuntimeSection(results: RuntimeResults, machine: MachineInfo): string {
  const t = runtimeTables(results);
  const s = results.settings;
  const failures = results.scenarios.flatMap((sc) =>
    sc.clients.flatMap((c) => c.failures.map((f) => `- ${sc.scenario.id} ${c.client}: ${f}`)),
  );
  return `${START}
## Runtime (issue "Client runtime")

Written by \`npm run bench\` (or \`npm run bench -- --only runtime\`, which rewrites only this section) on
${machine.date}; it took ${(results.benchMs / 1000).toFixed(0)} s. Per-request cost of a call through the generated client against raw
\`fetch\` on a loopback JSON API, and the size of a browser bundle that calls one operation.

| | |
|---|---|
| CPU | ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB |
| OS | ${machine.os} |
| versions | ${Object.entries(results.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")} |
| commit | ${machine.commit}${machine.dirty.length ? ` + uncommitted changes in ${machine.dirty.length} file(s) under generator/ or templates/ (the working tree was measured)` : ""} |

${results.notes.length ? `${results.notes.map((n) => `> **Note:** ${n}`).join("\n>\n")}\n\n` : ""}### Targets

${t.targets}

### Requests over loopback

A \`node:http\` server on 127.0.0.1 in its own process answers \`GET /pets/1\` with a small JSON pet (\`{"id":1,"name":"Rex",…}\`) and echoes the JSON
body of \`POST /pets\` with 201. Each client runs in its own process: ${s.warmup.toLocaleString("en-US")} warm-up requests, then
${s.requests.toLocaleString("en-US")} timed ones, each awaited with its JSON body decoded and checked. All clients use Node's
built-in \`fetch\` (undici, keep-alive). ${s.rounds} rounds; within a round every client runs once per scenario, in
an order rotated each round. Medians over rounds, (min … max) in brackets; "overhead" pairs each round with
raw fetch's run in the same round. "Client CPU" is the client process's own user+system time (\`process.cpuUsage\`)
divided by the requests — less disturbed by the server and other load sharing the ${machine.cores} cores than wall time.

- **raw fetch**: \`fetch(url, { headers: { accept: "application/json" } })\`, \`res.ok\` check, \`await res.json()\` (POST adds the method, a content-type and \`JSON.stringify\`).
- **specforge**: \`test/cli/specs/petstore\` generated with the CLI and built with \`tsc\`; \`new Petstore({ baseUrl })\` with default options, then \`client.pets.get({ petId: 1 })\` / \`client.pets.create(pet)\`.
- **openapi-fetch**: \`createClient<paths>({ baseUrl }).GET("/pets/{petId}", { params: { path: { petId: 1 } } })\` / \`.POST("/pets", { body })\`.
${results.clients.includes("hey-api") ? '- **@hey-api/client-fetch**: `createClient({ baseUrl }).get({ url: "/pets/{petId}", path: { petId: 1 } })` / `.post({ url: "/pets", body, headers: { "Content-Type": "application/json" } })`.\n' : ""}
The last table takes the network out: every client gets a \`fetch\` stub that answers at once with a ready-made
\`Response\` (${(s.requests * (s.scenarios.find((x) => x.stub === true)?.requestsFactor ?? 1)).toLocaleString("en-US")} timed calls), so it shows the client's own cost per call without the noise of
sockets and the server — the part of the loopback overhead the runtime controls.

${results.scenarios.map((sc, i) => `#### ${sc.scenario.label}\n\n${t.scenarios[i]}`).join("\n\n")}

### Bundle size of a consumer calling one operation

Each entry creates a client at module level and exports one function calling \`GET /pets/{petId}\`; esbuild
${results.versions["esbuild"] ?? ""} bundles it with \`${JSON.stringify(BUNDLE_OPTIONS)}\`, and node:zlib gzips the output at level 9.
The generated package is imported by name from \`node_modules\`, so its \`package.json\` (\`sideEffects: false\`) applies.

${t.bundles}

The specforge entry:

\`\`\`ts
${bundle(results, "specforge")?.entrySource.trimEnd() ?? ""}
\`\`\`

Where the specforge bundle's bytes come from (esbuild metafile, \`bytesInOutput\`), by module:

${t.composition}

By runtime feature: the minified bytes are the metafile's; "saved" is how much smaller the gzipped bundle gets
when that feature's modules are replaced by stubs exporting \`undefined\` (a size measurement only — that bundle
would not run). None of these features is used by \`GET /pets/{petId}\` on a spec without security schemes.

${t.families}

### Where the generated client's time goes (no network, CPU profile)

One more run of the no-network loop for the specforge client under \`node --cpu-prof\`
(\`test/bench/runtime-profile.ts\`): every sample is charged to the innermost frame of the generated package
on its stack, so the \`Headers\`, \`AbortController\`, timer or \`URL\` work a runtime function asks of Node counts
as that function's; divided by the calls (warm-up included). The profiler slows everything down, so read the
shares rather than the absolute values.

${t.profile}

### Findings

${runtimeFindings(results)
  .map((f) => `- ${f}`)
  .join("\n")}

### Commands

\`<work>\` is \`node_modules/.cache/specforge-bench\`; the scripts are \`test/bench/runtime-server.ts\` and
\`test/bench/runtime-client-loop.ts\` compiled by esbuild to plain \`.mjs\`.

\`\`\`sh
npm run bench -- --only runtime [--rounds ${s.rounds}] [--requests ${s.requests}] [--warmup ${s.warmup}]
${results.commands.map((c) => `# ${c.label}\n${c.command}`).join("\n")}
\`\`\`
${failures.length ? `\n### Failed runs (left out of the numbers)\n\n${failures.join("\n")}\n` : ""}${END}`;
}

/** Plain statements derived from the numbers. */
export function runtimeFindings(results: RuntimeResults): string[] {
  const out: string[] = [];
  const sf = find(results, RUNTIME_TARGETS.scenario, "specforge");
  if (sf && sf.overheadPct.n > 1) {
    const spread = sf.overheadPct.max - sf.overheadPct.min;
    out.push(
      `Loopback GET: the generated client's paired wall overhead is ${signedPct(sf.overheadPct.median)} (median of ${sf.overheadPct.n} rounds), its client CPU overhead ${signedPct(sf.cpuOverheadPct.median)}.` +
        (spread > RUNTIME_TARGETS.overheadPct * 2
          ? ` The rounds disagree by ${spread.toFixed(0)} percentage points — more than the ${RUNTIME_TARGETS.overheadPct} % budget — so on this machine the wall figure is dominated by noise; the CPU column and the no-network table are steadier.`
          : ""),
    );
  }
  const timed = find(results, RUNTIME_TARGETS.scenario, "fetch-timeout");
  if (sf && timed && timed.overheadPct.n > 0) {
    out.push(
      `Handing fetch an AbortSignal is itself costly on Node's fetch (undici): raw fetch with the generated client's default 60 s timeout (one AbortController and timer per request) is ${signedPct(timed.overheadPct.median)} (${signedUs(timed.overheadUs.median)}) over raw fetch without one. ` +
        `Against that reference, with the same guarantee, the generated client's overhead is ${signedPct(sf.overheadVsTimeoutPct.median)}.`,
    );
  }
  const stub = results.scenarios.find((s) => s.scenario.stub === true);
  if (stub) {
    const c = (name: string) => stub.clients.find((x) => x.client === name);
    const base = c("fetch");
    const mine = c("specforge");
    const others = stub.clients.filter(
      (x) => !["fetch", "specforge", "fetch-timeout", "specforge-no-timeout"].includes(x.client),
    );
    if (base && mine) {
      out.push(
        `Without the network the generated client costs ${us(mine.cpuUs.median)} of CPU per call against raw fetch's ${us(base.cpuUs.median)} (${signedUs(mine.cpuOverheadUs.median)}); ` +
          others.map((o) => `${CLIENT_LABELS[o.client]} ${signedUs(o.cpuOverheadUs.median)}`).join(", ") +
          ". That difference is the runtime's own work per call; on loopback it is paid on top of the socket round trip.",
      );
    }
  }
  const p = results.profile;
  if (p && p.rows.length) {
    out.push(
      `In the profile, the package's frames take ${us(p.packageUsPerCall)} per call; the largest: ${p.rows
        .slice(0, 5)
        .map((r) => `${r.frame} ${us(r.usPerCall)}`)
        .join(", ")}.`,
    );
  }
  const mine = bundle(results, "specforge");
  const theirs = bundle(results, "openapi-fetch");
  const f = results.families;
  if (mine && theirs && f) {
    const unused = f.families.reduce((a, x) => a + x.gzipSaved, 0);
    out.push(
      `Bundle: ${bytes(mine.gzipBytes)} min+gzip, ${(mine.gzipBytes / theirs.gzipBytes).toFixed(1)}× openapi-fetch's ${bytes(theirs.gzipBytes)}. ` +
        `Each feature family is bundled although one GET on a spec without security schemes uses none of it: ${f.families
          .slice(0, 3)
          .map((x) => `${x.name.replace(/ \(.*$/, "")} −${bytes(x.gzipSaved)}`)
          .join(", ")} (each measured alone; ${bytes(unused)} summed). ` +
        `With all of them stubbed out the rest (${f.core.modules.length} modules) is still ${bytes(f.core.gzipBytes)}, ${(f.core.gzipBytes / theirs.gzipBytes).toFixed(1)}× openapi-fetch — tree-shaking the features alone cannot meet the target; the core per-call path has to get smaller too.`,
    );
  }
  return out;
}
