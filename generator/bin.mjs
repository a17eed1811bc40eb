#!/usr/bin/env node
// Entry of the `specforge` command: finds (or builds) the CLI's bundles for the current sources and runs the core
// bundle through V8's code cache (generator/launch/). Keeps startup fast without a separate build step.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBundles, VENDOR_BUNDLES } from "./launch/bundles.mjs";
import { loadBundle } from "./launch/code-cache.mjs";
import { pruneOldBundles } from "./launch/prune.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { cacheDir, outdir } = await ensureBundles(root);
const nodeRequire = createRequire(path.join(root, "generator", "bin.mjs"));
const vendors = new Map();
/** `require` for the bundles: the heavy libraries come from their own code-cached bundles, the rest from Node. */
function bundleRequire(id) {
  const vendor = VENDOR_BUNDLES[id];
  if (vendor === undefined) return nodeRequire(id);
  if (!vendors.has(id)) {
    const moduleFile = vendor.moduleFile && path.join(root, vendor.moduleFile);
    vendors.set(id, loadBundle(path.join(outdir, `vendor-${vendor.bundle}.cjs`), bundleRequire, moduleFile));
  }
  return vendors.get(id);
}
pruneOldBundles(cacheDir, outdir);
await loadBundle(path.join(outdir, "core.cjs"), bundleRequire).main(process.argv.slice(2));
