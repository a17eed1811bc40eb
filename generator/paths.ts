/** Where the generator's own assets live. Every lookup relative to the generator goes through here. */
import { fileURLToPath } from "node:url";

/** The repository (or installed package) root that holds generator/ and templates/. */
export const SPECFORGE_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** templates/ (handlebars templates and runtime/). */
export const TEMPLATES_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

/** The generator's caches (bundles, content records, compiled validators): rebuilt when missing, never committed. */
export const SPECFORGE_CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/specforge/", import.meta.url));
