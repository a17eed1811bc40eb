// Entry of the CLI's worker threads: runs a worker bundle (named in workerData) with the same code-cached loading
// as the main thread. The bundle talks to the main thread itself.
import path from "node:path";
import { workerData } from "node:worker_threads";
import { createBundleRequire } from "./bundle-require.mjs";
import { flushCodeCaches, loadBundle } from "./code-cache.mjs";

const { root, outdir, bundle } = workerData;
const worker = loadBundle(path.join(outdir, bundle), createBundleRequire(root, outdir));
worker.serve({ flushCodeCaches });
