// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `callRpc`: the call of an RPC function (`x-specforge-rpc`), a separate function so REST-only clients do not bundle it. */

import { ApiPromise, type ApiResult } from "./api-promise.js";
import type { ApiClientCore } from "./client-core.js";
import type { RequestOptions } from "./client-options.js";
import { buildRpcRequest, type RpcFunctionSpec } from "./rpc.js";

/** Calls an RPC function: `[name, args, kwargs]` in the endpoint's form field, files as multipart parts. */
export function callRpc<T, E = unknown>(
  client: ApiClientCore,
  fn: RpcFunctionSpec,
  args?: object,
  options?: RequestOptions,
): ApiPromise<T, E> {
  const sent = buildRpcRequest(fn, (args ?? {}) as Readonly<Record<string, unknown>>).then(({ op, body }) =>
    client.sendOperation(op, body, options ?? {}, undefined),
  );
  return new ApiPromise<T, E>(sent.then((done) => done.result) as Promise<ApiResult<T>>);
}
