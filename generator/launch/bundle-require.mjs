// The `require` the CLI's bundles run with, in the main thread and in worker threads alike: the heavy libraries come
// from their own code-cached bundles (loaded once per thread, on first use), everything else from Node.
import { createRequire } from "node:module";
import path from "node:path";
import { VENDOR_BUNDLES } from "./bundles.mjs";
import { loadBundle } from "./code-cache.mjs";

/** A require for the bundles in `outdir` of the repository at `root`. */
export function createBundleRequire(root, outdir) {
  const nodeRequire = createRequire(path.join(root, "generator", "bin.mjs"));
  const vendors = new Map();
  const bundleRequire = (id) => {
    const vendor = VENDOR_BUNDLES[id];
    if (vendor === undefined) return nodeRequire(id);
    if (!vendors.has(id)) {
      const moduleFile = vendor.moduleFile && path.join(root, vendor.moduleFile);
      vendors.set(id, loadBundle(path.join(outdir, `vendor-${vendor.bundle}.cjs`), bundleRequire, moduleFile));
    }
    return vendors.get(id);
  };
  return bundleRequire;
}
