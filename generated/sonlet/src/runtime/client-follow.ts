// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `follow` and `followTo`: sending a hypermedia link as a GET operation, separate functions so clients without links do not bundle them. */

import { ApiPromise, type ApiResult } from "./api-promise.js";
import type { ApiClientCore } from "./client-core.js";
import type { RequestOptions } from "./client-options.js";
import { matchLink, matchLinkTo, type FollowableLink, type LinkTarget, type MatchedLink } from "./links.js";

/**
 * Follows a hypermedia link: the href (on the API's origin only) is matched to one of `targets` and sent as that
 * GET operation (auth, retries, decoding by its response spec). Resolves with the target's name and the data.
 */
export function follow<T extends { readonly operation: string; readonly data: unknown }, E = unknown>(
  client: ApiClientCore,
  link: FollowableLink,
  targets: readonly LinkTarget[],
  options?: RequestOptions,
): ApiPromise<T, E> {
  return send<T, E>(
    client,
    () => matchLink(link, client.baseUrl, targets),
    (target, data) => ({ operation: target.name, data }),
    options,
  );
}

/** `follow`, for a link that must lead to the target named `expected` (refused before sending otherwise); resolves with the data. */
export function followTo<T, E = unknown>(
  client: ApiClientCore,
  link: FollowableLink,
  targets: readonly LinkTarget[],
  expected: string,
  options?: RequestOptions,
): ApiPromise<T, E> {
  return send<T, E>(
    client,
    () => matchLinkTo(link, client.baseUrl, targets, expected),
    (_target, data) => data,
    options,
  );
}

function send<T, E>(
  client: ApiClientCore,
  match: () => MatchedLink,
  wrap: (target: LinkTarget, data: unknown) => unknown,
  options: RequestOptions | undefined,
): ApiPromise<T, E> {
  const result = Promise.resolve()
    .then(match)
    .then(async ({ target, url }) => {
      const { result: done } = await client.sendOperation(target.op, {}, options ?? {}, { args: {}, url, key: url });
      return { data: wrap(target, done.data), response: done.response };
    });
  return new ApiPromise<T, E>(result as Promise<ApiResult<T>>);
}
