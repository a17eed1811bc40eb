// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * RPC calls (`x-specforge-rpc`): one POST whose form field holds the JSON array `[function_name, args, kwargs]`,
 * file arguments as multipart parts next to it. Turns a function's description and the caller's argument object
 * into the endpoint's `OperationSpec` and body, so sending, auth, retries and decoding stay the usual ones.
 */

import { ApiRequestError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { ownValue } from "./own.js";
import { isBinaryData, isReadableStream, toBytes } from "./streams.js";

/** One argument: its key in the argument object and its wire name. */
export interface RpcArgumentSpec {
  readonly key: string;
  readonly name: string;
  readonly required?: boolean;
}

/** A file argument; `filename` names a part whose value is not a named `File` (default `unnamed.bin`). */
export interface RpcFileSpec extends RpcArgumentSpec {
  readonly filename?: string;
}

/** Everything the runtime needs to call one RPC function. Generated once per function as a constant. */
export interface RpcFunctionSpec {
  /** `module.function`. */
  readonly name: string;
  /** Path of the endpoint relative to the base URL, e.g. `/api/`. */
  readonly path: string;
  /** Form field holding the JSON triple (default `json`). */
  readonly field?: string;
  /** Positional arguments, in wire order. */
  readonly args?: readonly RpcArgumentSpec[];
  readonly kwargs?: readonly RpcArgumentSpec[];
  readonly files?: readonly RpcFileSpec[];
  /** The function answers `application/octet-stream`: the result is a `ReadableStream` the caller owns. */
  readonly binary?: boolean;
  /** Error bodies are text; an HTML page (a debug-mode 500) becomes its traceback, unescaped. */
  readonly errors?: "auto" | "text";
  readonly security?: readonly (readonly string[])[];
  /** Safe to repeat after a 429, a 5xx or a broken connection. */
  readonly retrySafe?: boolean;
}

/** What a file argument takes: a `File` (its name is sent), a `Blob`, bytes, or a stream (read into memory first). */
export type RpcFileData = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

/** An argument object type with the file arguments `K` widened to `RpcFileData` (optional ones stay optional). */
export type WithRpcFiles<T, K extends keyof T> = { [P in keyof T]: P extends K ? RpcFileData : T[P] };

/** The endpoint call for one function: the operation to send and its (form or multipart) body. */
export interface RpcRequest {
  readonly op: OperationSpec;
  readonly body: Readonly<Record<string, unknown>>;
}

const DEFAULT_FILENAME = "unnamed.bin";
const OCTET_STREAM = "application/octet-stream";

/** Builds the call; missing required arguments, a gap among positional ones and unknown keys fail before anything is sent. */
export async function buildRpcRequest(
  fn: RpcFunctionSpec,
  args: Readonly<Record<string, unknown>>,
): Promise<RpcRequest> {
  checkKeys(fn, args);
  const kwargs: Record<string, unknown> = {};
  for (const spec of fn.kwargs ?? []) {
    const value = ownValue(args, spec.key);
    if (value !== undefined) kwargs[spec.name] = value;
  }
  const triple = JSON.stringify([fn.name, positionalValues(fn, args), kwargs]);
  const body: Record<string, unknown> = { [fn.field ?? "json"]: triple };
  for (const spec of fn.files ?? []) {
    const value = ownValue(args, spec.key);
    if (value !== undefined) body[spec.name] = await toFile(value, spec);
  }
  const multipart = Object.keys(body).length > 1;
  const op: OperationSpec = {
    method: "POST",
    path: fn.path,
    params: [],
    body: {
      required: true,
      from: "spread",
      variants: [
        multipart
          ? { mediaType: "multipart/form-data", encoding: "multipart" }
          : { mediaType: "application/x-www-form-urlencoded", encoding: "form" },
      ],
    },
    response: {
      ...(fn.binary === true ? { accept: OCTET_STREAM, stream: true } : { accept: "application/json" }),
      ...(fn.errors === "text" ? { errorText: true } : {}),
    },
    ...(fn.security === undefined ? {} : { security: fn.security }),
    ...(fn.retrySafe === true ? { retrySafe: true } : {}),
  };
  return { op, body };
}

function checkKeys(fn: RpcFunctionSpec, args: Readonly<Record<string, unknown>>): void {
  const declared = [...(fn.args ?? []), ...(fn.kwargs ?? []), ...(fn.files ?? [])];
  const known = new Set(declared.map((a) => a.key));
  for (const key of Object.keys(args)) {
    if (!known.has(key) && args[key] !== undefined)
      throw new ApiRequestError(`${fn.name}: unknown argument ${JSON.stringify(key)}`);
  }
  for (const spec of declared) {
    if (spec.required === true && ownValue(args, spec.key) === undefined)
      throw new ApiRequestError(`${fn.name}: argument ${JSON.stringify(spec.key)} is required`);
  }
}

/** Positional values up to the last one given; one left out before a given one cannot be sent. */
function positionalValues(fn: RpcFunctionSpec, args: Readonly<Record<string, unknown>>): unknown[] {
  const specs = fn.args ?? [];
  const values = specs.map((spec) => ownValue(args, spec.key));
  let end = values.length;
  while (end > 0 && values[end - 1] === undefined) end--;
  const gap = values.slice(0, end).findIndex((v) => v === undefined);
  if (gap >= 0) {
    const later = specs
      .slice(gap + 1, end)
      .map((s) => JSON.stringify(s.key))
      .join(", ");
    throw new ApiRequestError(
      `${fn.name}: positional argument ${JSON.stringify(specs[gap]!.key)} is missing but ${later} is given`,
    );
  }
  return values.slice(0, end);
}

/** A file part: a named `File` keeps its name; other data (Blob, bytes, a stream) is named by the spec or `unnamed.bin`. */
async function toFile(value: unknown, spec: RpcFileSpec): Promise<File> {
  const filename = spec.filename ?? DEFAULT_FILENAME;
  if (typeof File !== "undefined" && value instanceof File && value.name !== "") return value;
  if (value instanceof Blob) return new File([value], filename, { type: value.type || OCTET_STREAM });
  if (isBinaryData(value)) return new File([toBytes(value)], filename, { type: OCTET_STREAM });
  if (isReadableStream(value)) return new File([await new Response(value).blob()], filename, { type: OCTET_STREAM });
  throw new ApiRequestError(
    `${spec.key}: a file argument must be a Blob, File, ArrayBuffer, typed array or ReadableStream`,
  );
}
