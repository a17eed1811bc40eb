// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `ApiClient`: `ApiClientCore` with every feature wired in (all auth strategies, body encoders, decoding features, pagination, RPC, links). */

import type { ApiPromise } from "./api-promise.js";
import { createAuth } from "./auth.js";
import { ALL_BODY_ENCODERS } from "./body-encoders.js";
import { ALL_DECODE_FEATURES } from "./decode-features.js";
import { ApiClientCore } from "./client-core.js";
import type { ClientOptions, RequestOptions } from "./client-options.js";
import { paginate, type PaginateOptions } from "./client-paginate.js";
import { callRpc } from "./client-rpc.js";
import { follow, followTo } from "./client-follow.js";
import type { FollowableLink, LinkTarget } from "./links.js";
import { oauth2SessionOf, type OAuth2Session } from "./oauth2-session.js";
import type { OperationSpec } from "./operation.js";
import type { PagePromise } from "./page-promise.js";
import type { RpcFunctionSpec } from "./rpc.js";

/** Sends operations described by `OperationSpec` constants, with every runtime feature available. */
export class ApiClient extends ApiClientCore {
  constructor(options: ClientOptions) {
    super(options, { auth: createAuth, bodyEncoders: ALL_BODY_ENCODERS, decoding: ALL_DECODE_FEATURES });
  }

  /** Calls an RPC function (`x-specforge-rpc`): `[name, args, kwargs]` in the endpoint's form field, files as multipart parts. */
  rpc<T, E = unknown>(fn: RpcFunctionSpec, args?: object, options?: RequestOptions): ApiPromise<T, E> {
    return callRpc<T, E>(this, fn, args, options);
  }

  /** Calls a paginated operation (`op.pagination`): await it for the first page, `for await` for items, `.pages()` for pages. */
  paginate<TPage, TItem>(op: OperationSpec, args?: object, options?: PaginateOptions): PagePromise<TPage, TItem> {
    return paginate<TPage, TItem>(this, op, args, options);
  }

  /** Follows a hypermedia link (`follow` in client-follow.ts): resolves with the matched target's name and its data. */
  follow<T extends { readonly operation: string; readonly data: unknown }, E = unknown>(
    link: FollowableLink,
    targets: readonly LinkTarget[],
    options?: RequestOptions,
  ): ApiPromise<T, E> {
    return follow<T, E>(this, link, targets, options);
  }

  /** `follow`, for a link that must lead to the target named `expected`; resolves with the data. */
  followTo<T, E = unknown>(
    link: FollowableLink,
    targets: readonly LinkTarget[],
    expected: string,
    options?: RequestOptions,
  ): ApiPromise<T, E> {
    return followTo<T, E>(this, link, targets, expected, options);
  }

  /** The OAuth 2 helpers of a scheme configured with `OAuth2Auth` (authorize URLs, code exchange, tokens). */
  oauth2Session(schemeName: string): OAuth2Session {
    return oauth2SessionOf(this, schemeName);
  }
}
