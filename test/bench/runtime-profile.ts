/**
 * Where the generated client's own time goes: one extra run of the no-network loop under `node --cpu-prof`,
 * with every sample charged to the innermost frame of the generated package on its stack (so the `Headers`,
 * `AbortController` or `URL` work a runtime function asks of Node counts as that function's), divided by the
 * number of timed calls (samples of the start-up and warm-up are left out). Samples with no frame of the package on the stack (the stub `fetch`, the loop, undici's
 * stream callbacks) are grouped apart. A guide to what to optimise, not a precise measurement: the profiler
 * itself slows the run down.
 */
import { spawn } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { LoopConfig, LoopResult } from "./runtime-client-loop.js";

const BENCH_CODE = "the stub fetch and the loop (bench code, incl. new Response)";

/** One runtime function's share. */
export interface ProfileRow {
  /** `function (module.js:line)` */
  frame: string;
  usPerCall: number;
}

/** The attributed profile of one loop run. */
export interface RuntimeProfile {
  calls: number;
  totalUsPerCall: number;
  packageUsPerCall: number;
  rows: ProfileRow[];
  outside: ProfileRow[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Runs `loopScript` with `config` under the CPU profiler and attributes the samples. */
export async function profileLoop(
  loopScript: string,
  config: LoopConfig,
  options: { cwd: string; outDir: string; packageMarker: string },
): Promise<RuntimeProfile> {
  await rm(options.outDir, { recursive: true, force: true });
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", options.outDir, loopScript, JSON.stringify(config)],
      { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`profiled loop exited ${code}: ${Buffer.concat(err).toString("utf8").slice(0, 300)}`)),
    );
  });
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as LoopResult;
  const file = (await readdir(options.outDir)).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("node --cpu-prof wrote no profile");
  const profile = JSON.parse(await readFile(path.join(options.outDir, file), "utf8")) as CpuProfile;
  return attribute(
    profile,
    result.requests,
    options.packageMarker,
    result.startedAtUs,
    result.startedAtUs + result.wallMs * 1000,
  );
}

/** Charges each sample taken between `fromUs` and `toUs` to the innermost stack frame whose URL contains `marker`. */
export function attribute(
  profile: CpuProfile,
  calls: number,
  marker: string,
  fromUs: number,
  toUs: number,
): RuntimeProfile {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = new Map<string, number>();
  const outside = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((sample, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at < fromUs || at > toUs) return;
    total += dt;
    let id: number | undefined = sample;
    while (id !== undefined) {
      const frame = byId.get(id)!.callFrame;
      if (frame.url.includes("runtime-client-loop")) {
        // The stub fetch (or the loop) runs inside a runtime frame such as fetchHop, but it is not the runtime's work.
        outside.set(BENCH_CODE, (outside.get(BENCH_CODE) ?? 0) + dt);
        return;
      }
      if (frame.url.includes(marker)) {
        const key = `${frame.functionName || "(anonymous)"} (${frame.url.slice(frame.url.indexOf(marker) + marker.length)}:${frame.lineNumber + 1})`;
        inside.set(key, (inside.get(key) ?? 0) + dt);
        return;
      }
      id = parent.get(id);
    }
    const leaf = byId.get(sample)!.callFrame;
    const key = leaf.url === "" ? leaf.functionName : "Node and undici outside any runtime frame";
    outside.set(key, (outside.get(key) ?? 0) + dt);
  });
  const rows = (m: Map<string, number>) =>
    [...m].map(([frame, us]) => ({ frame, usPerCall: us / calls })).sort((a, b) => b.usPerCall - a.usPerCall);
  const insideRows = rows(inside);
  return {
    calls,
    totalUsPerCall: total / calls,
    packageUsPerCall: insideRows.reduce((a, r) => a + r.usPerCall, 0),
    rows: insideRows,
    outside: rows(outside),
  };
}
