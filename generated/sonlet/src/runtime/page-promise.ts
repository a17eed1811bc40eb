// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `PagePromise`: what a paginated method returns — awaitable for the first page, iterable over items or pages. */

import type { ApiResult } from "./api-promise.js";
import { ApiPaginationError } from "./errors.js";
import type { FetchedPage, PageRequest, Paginator } from "./pagination.js";

/** Default upper bound of pages per iteration; more raises `ApiPaginationError` (a runaway guard, not a silent cut). */
export const DEFAULT_MAX_PAGES = 10_000;

/** Fetches one page. */
export type PageFetcher = (request: PageRequest) => Promise<FetchedPage>;

/** What a `PagePromise` iterates with. */
export interface PageSource {
  readonly paginator: Paginator;
  readonly fetchPage: PageFetcher;
  readonly firstRequest: PageRequest;
  readonly maxPages: number;
}

/**
 * The first page's data when awaited (`.withResponse()` for the `Response` too); `for await` yields every item of
 * every page; `.pages()` yields each page's data. Requests start on first use; the first page is fetched once and
 * shared. Iteration stops at an empty page, at the end the style detects, or at a repeated link/cursor/page.
 */
export class PagePromise<TPage, TItem> implements PromiseLike<TPage>, AsyncIterable<TItem> {
  readonly #source: PageSource;
  #first: Promise<FetchedPage> | undefined;

  constructor(source: PageSource) {
    this.#source = source;
  }

  /** The first page with its `Response`. */
  withResponse(): Promise<ApiResult<TPage>> {
    return this.#firstPage().then((page) => ({ data: page.data as TPage, response: page.response }));
  }

  then<R1 = TPage, R2 = never>(
    onfulfilled?: ((value: TPage) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage()
      .then((page) => page.data as TPage)
      .then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<TPage | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<TPage> {
    return this.then().finally(onfinally);
  }

  /** Each page's decoded body, the first page included. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    for await (const page of this.#walk()) yield page.data as TPage;
  }

  /** Each item of each page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.#walk()) for (const item of page.items) yield item as TItem;
  }

  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }

  #firstPage(): Promise<FetchedPage> {
    this.#first ??= this.#source.fetchPage(this.#source.firstRequest);
    return this.#first;
  }

  async *#walk(): AsyncGenerator<FetchedPage & { readonly items: readonly unknown[] }, void, undefined> {
    const { paginator, fetchPage, maxPages } = this.#source;
    let page = await this.#firstPage();
    const seen = new Set([page.request.key]);
    for (let count = 1; ; count++) {
      const items = paginator.items(page);
      yield { ...page, items };
      const next = paginator.next(page, items);
      if (next === undefined || seen.has(next.key)) return;
      if (count >= maxPages)
        throw new ApiPaginationError(`Stopped after ${maxPages} pages (maxPages); more pages remain`);
      seen.add(next.key);
      page = await fetchPage(next);
    }
  }
}
