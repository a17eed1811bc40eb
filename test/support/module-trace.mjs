// `node --import ./test/support/module-trace.mjs …`: appends every module URL the process resolves to the file
// named by MODULE_TRACE_FILE, so a test can tell which packages a run loaded (e.g. that generating did not load
// prettier). Resolution hooks run off the main thread; each URL is written as it is resolved.
import { appendFileSync } from "node:fs";
import { register } from "node:module";

const file = process.env.MODULE_TRACE_FILE;
if (file) {
  const hooks = `
    import { appendFileSync } from "node:fs";
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(${JSON.stringify(file)}, result.url + "\\n");
      return result;
    }
  `;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  appendFileSync(file, "");
}
