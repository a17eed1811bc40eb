// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The value every generated method returns: awaitable for the data, `.withResponse()` for status and headers too. */

/** Decoded data together with the raw `Response` (its body already consumed unless the data is a stream). */
export interface ApiResult<T> {
  readonly data: T;
  readonly response: Response;
}

/** A promise-like for `T` that also exposes the `Response`; the request starts as soon as it is created. */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<ApiResult<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** Resolves with the data and the `Response` (status, headers). */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#dataPromise().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }
}
