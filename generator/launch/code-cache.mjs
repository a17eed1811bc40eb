// Loads the CLI's CommonJS bundles through V8's code cache: a bundle's compiled code is kept next to it
// (`<bundle>.v8cache`) after the first run, so later runs skip parsing and compiling it. Node 20 has no
// module compile cache of its own (module.enableCompileCache arrived in Node 22).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { threadId } from "node:worker_threads";

/** Bundles loaded in this process whose code cache is missing or was rejected; written when the process ends. */
const pendingCaches = new Map();
let exitHookInstalled = false;

/**
 * Runs a CommonJS bundle (ASCII, as esbuild writes it) with `require` for its imports and returns its exports.
 * The bundle's file name must change when its content does: V8 checks a cache only against the source length.
 * `moduleFile` is what the code sees as `__filename` (default: the bundle itself).
 */
export function loadBundle(file, require, moduleFile = file) {
  const source = readFileSync(file, "latin1");
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) rememberCache(script, cacheFile);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, moduleFile, path.dirname(moduleFile));
  return module.exports;
}

/** The cache is made when the process ends, so it holds the functions this run compiled, not only the top level. */
function rememberCache(script, cacheFile) {
  pendingCaches.set(cacheFile, script);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", flushCodeCaches);
}

/** Writes the caches still missing (worker threads call it after their work: a process exit may not wait for them). */
export function flushCodeCaches() {
  for (const [file, pending] of pendingCaches) {
    const temp = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      writeFileSync(temp, pending.createCachedData());
      renameSync(temp, file);
    } catch {
      // A read-only or full disk only costs the next run its speed.
    }
  }
  pendingCaches.clear();
}
