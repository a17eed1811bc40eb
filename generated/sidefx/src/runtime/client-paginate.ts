// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `paginate`: the call of a paginated operation, a separate function so clients without pagination do not bundle it. */

import type { ApiClientCore } from "./client-core.js";
import type { RequestOptions } from "./client-options.js";
import { checkCount } from "./client-core.js";
import { ApiRequestError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { DEFAULT_MAX_PAGES, PagePromise } from "./page-promise.js";
import { createPaginator, type FetchedPage, type PageRequest } from "./pagination.js";

/** Per-call options of paginated methods. */
export interface PaginateOptions extends RequestOptions {
  /** Pages fetched before `ApiPaginationError` stops a runaway iteration (default 10 000). */
  readonly maxPages?: number | undefined;
}

/** Calls a paginated operation (`op.pagination`): await it for the first page, `for await` for items, `.pages()` for pages. */
export function paginate<TPage, TItem>(
  client: ApiClientCore,
  op: OperationSpec,
  args?: object,
  options?: PaginateOptions,
): PagePromise<TPage, TItem> {
  if (op.pagination === undefined) throw new ApiRequestError(`${op.method} ${op.path} is not paginated`);
  const callOptions = options ?? {};
  const paginator = createPaginator(op.pagination, { op, apiOrigin: new URL(client.baseUrl).origin });
  const fetchPage = async (request: PageRequest): Promise<FetchedPage> => {
    const { result, url } = await client.sendOperation(op, request.args, callOptions, request);
    return { data: result.data, response: result.response, request, url };
  };
  const maxPages = Math.max(1, Math.floor(checkCount("maxPages", callOptions.maxPages, DEFAULT_MAX_PAGES)));
  return new PagePromise<TPage, TItem>({
    paginator,
    fetchPage,
    firstRequest: paginator.first((args ?? {}) as Readonly<Record<string, unknown>>),
    maxPages,
  });
}
