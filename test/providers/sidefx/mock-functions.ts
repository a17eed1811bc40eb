/**
 * The API functions of the mock, bound like Python binds `(*args, **kwargs)` to a signature: positional values fill
 * parameters in order, keyword values by name; a missing or doubled argument is a `TypeError` (a 500 with a
 * traceback, as the real server answers). The documented functions plus test-only ones (`builds.*`, `support.*` of the
 * RPC feature fixture) that exercise positional arguments, binary results and file uploads.
 */
import { BUILDS, buildDownload, md5, type BuildFile } from "./mock-data.js";
import { json, type MockApiClient, type Reply } from "./mock-auth.js";

/** One uploaded file part. */
export interface UploadedFile {
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** What a function receives. */
export interface Call {
  readonly values: Readonly<Record<string, unknown>>;
  readonly files: ReadonlyMap<string, UploadedFile>;
  readonly client: MockApiClient;
  readonly origin: string;
  /** The files the mock's CDN serves. */
  readonly buildFiles: readonly BuildFile[];
}

/** A Python-style exception raised by a function; the server turns it into a 500 with a traceback. */
export class PythonError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface MockFunction {
  /** Parameter names in order; `?` marks one with a default. */
  readonly params: readonly string[];
  readonly run: (call: Call) => Reply;
}

const PRODUCTS = new Set([
  "houdini",
  "houdini-py3",
  "houdini-py37",
  "houdini-py2",
  "houdini-py311",
  "docker",
  "sidefxlabs",
]);

function checkProduct(product: unknown): string {
  if (typeof product !== "string" || !PRODUCTS.has(product))
    throw new PythonError("ValueError", `Unknown product: ${JSON.stringify(product)}`);
  return product;
}

const FUNCTIONS: Readonly<Record<string, MockFunction>> = {
  "download.get_daily_builds_list": {
    params: ["product", "version?", "platform?", "only_production?"],
    run: ({ values }) => {
      const product = checkProduct(values["product"]);
      const versions = values["version"] === undefined ? undefined : [values["version"]].flat().map(String);
      const builds = BUILDS.filter(
        (b) =>
          b.product === product &&
          (versions === undefined || versions.includes(b.version)) &&
          (values["platform"] === undefined || b.platform.startsWith(String(values["platform"]))) &&
          (values["only_production"] !== true || b.release === "gold"),
      );
      return json(200, builds);
    },
  },
  "download.get_daily_build_download": {
    params: ["product", "version", "build", "platform"],
    run: ({ values, origin, buildFiles }) => {
      const product = checkProduct(values["product"]);
      const found = buildDownload(
        buildFiles,
        { product, version: String(values["version"]), build: values["build"], platform: String(values["platform"]) },
        origin,
      );
      if (found === undefined) throw new PythonError("BuildNotFound", "No build matches these arguments");
      return json(200, found);
    },
  },
  "license.get_non_commercial_license": {
    params: ["server_name", "server_code", "version?", "products"],
    run: ({ values }) => {
      const products = String(values["products"]).split(";");
      const version = typeof values["version"] === "string" ? values["version"] : "20.5";
      return json(200, {
        license_keys: products.map(
          (p) =>
            `LICENSE Generic ${p === "RENDER-NC" ? "Render-NC" : "Houdini-NC"} ${version} 1 ${String(values["server_code"])}`,
        ),
        server_key: `SERVER ${String(values["server_name"])} ${String(values["server_code"])} +.+.+.+`,
      });
    },
  },
  "builds.get_daily_build_download": {
    params: ["product", "version", "build?", "platform?", "only_production?"],
    run: ({ values }) =>
      json(200, { build: String(values["build"] ?? "production"), hash: "ignored", received: values }),
  },
  "builds.get_build_file": {
    params: ["build_id"],
    run: ({ values, buildFiles }) => {
      const file = buildFiles[Number(values["build_id"])];
      if (file === undefined) throw new PythonError("BuildNotFound", `No build file ${String(values["build_id"])}`);
      return { status: 200, headers: { "content-type": "application/octet-stream" }, body: file.bytes };
    },
  },
  "support.upload_crash_report": {
    params: ["note?"],
    run: ({ values, files }) => {
      const report = files.get("report");
      if (report === undefined) throw new PythonError("ValueError", "report is required");
      const parts = [...files].map(([name, f]) => `${name}:${f.filename ?? ""}:${f.contentType ?? ""}:${md5(f.data)}`);
      return json(200, { id: 41, parts, note: values["note"] ?? null });
    },
  },
  "support.new": { params: [], run: () => json(200, "pong") },
};

/** Looks a function up; unknown names are reported the way a missing attribute would be. */
export function findFunction(name: string): MockFunction {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (fn === undefined) throw new PythonError("AttributeError", `API function ${JSON.stringify(name)} does not exist`);
  return fn;
}

/** Binds `args` and `kwargs` to the parameters like Python does. */
export function bindArguments(
  name: string,
  fn: MockFunction,
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const names = fn.params.map((p) => p.replace(/\?$/, ""));
  if (args.length > names.length)
    throw new PythonError(
      "TypeError",
      `${name}() takes ${names.length} positional arguments but ${args.length} were given`,
    );
  const values: Record<string, unknown> = {};
  args.forEach((value, i) => (values[names[i]!] = value));
  for (const [key, value] of Object.entries(kwargs)) {
    if (!names.includes(key))
      throw new PythonError("TypeError", `${name}() got an unexpected keyword argument '${key}'`);
    if (key in values) throw new PythonError("TypeError", `${name}() got multiple values for argument '${key}'`);
    values[key] = value;
  }
  const missing = fn.params.filter((p) => !p.endsWith("?") && !(p in values));
  if (missing.length > 0) throw new PythonError("TypeError", `${name}() missing required argument: '${missing[0]}'`);
  return values;
}
