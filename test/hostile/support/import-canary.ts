/** Builds a generated package to JavaScript and imports it in a child process that watches for injected code running. */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";
import ts from "typescript";

/** The identifier every hostile payload calls; defined in the child as a function that reports being run. */
export const CANARY = "PWNED";

/** Transpiles every `.ts` file under `dir/src` to `dir/dist` (type-only syntax dropped, imports kept). */
export async function buildToJavaScript(dir: string): Promise<string> {
  const sources = ts.sys.readDirectory(path.join(dir, "src"), [".ts"]);
  for (const file of sources) {
    const out = path.join(dir, "dist", path.relative(path.join(dir, "src"), file)).replace(/\.ts$/, ".js");
    const { code } = await transform(await readFile(file, "utf8"), { loader: "ts", format: "esm", target: "es2022" });
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, code);
  }
  return path.join(dir, "dist", "index.js");
}

/** What the child saw: the canary calls (there must be none), the exported names, and any failure to load. */
export interface ImportOutcome {
  canaryCalls: number;
  /** Classes constructed (the client class at least). */
  constructed: number;
  exports: string[];
  error: string;
}

/**
 * Imports the module in a fresh Node process with `globalThis.PWNED` (and `process.env`, `require` left untouched)
 * counting calls, constructs every exported class with a local base URL, and reads every own property, so code
 * injected anywhere that runs at import or construction shows up as a canary call.
 */
export function importWithCanary(entry: string): ImportOutcome {
  const script = `
    let calls = 0;
    let constructed = 0;
    globalThis.${CANARY} = () => { calls++; };
    let error = "";
    let names = [];
    try {
      const mod = await import(${JSON.stringify(pathToFileURL(entry).href)});
      names = Object.keys(mod).sort();
      for (const name of names) {
        const value = mod[name];
        if (typeof value !== "function" || !/^class /.test(Function.prototype.toString.call(value))) continue;
        try {
          const client = new value({ baseUrl: "http://127.0.0.1:9" });
          constructed++;
          for (const key of Object.keys(client)) void client[key];
        } catch {}
      }
    } catch (e) { error = String(e && e.stack || e); }
    process.stdout.write(JSON.stringify({ canaryCalls: calls, constructed, exports: names, error }));
  `;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 20_000,
  });
  if (child.status !== 0)
    return { canaryCalls: -1, constructed: 0, exports: [], error: child.stderr || `exit ${child.status}` };
  return JSON.parse(child.stdout) as ImportOutcome;
}
