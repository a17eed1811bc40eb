// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The value every generated method returns: awaitable for the data, `.withResponse()` for status and headers too. */

import { ApiError } from "./errors.js";
import { ApiStatusError } from "./status-errors.js";

function isStatusError<E>(error: unknown): error is ApiStatusError<E> {
  return error instanceof ApiStatusError;
}

/** Decoded data together with the raw `Response` (its body already consumed unless the data is a stream). */
export interface ApiResult<T> {
  readonly data: T;
  readonly response: Response;
}

/**
 * A call's outcome without exceptions: the data, or the error — for an HTTP error status an `ApiStatusError`
 * whose `body` is typed from the operation's error responses (`E`).
 */
export type ApiOutcome<T, E> =
  | { readonly ok: true; readonly data: T; readonly response: Response }
  | { readonly ok: false; readonly status: number; readonly error: ApiStatusError<E> }
  | { readonly ok: false; readonly status: undefined; readonly error: ApiError };

/**
 * A promise-like for `T` that also exposes the `Response`; the request starts as soon as it is created.
 * `E` is the type of the error bodies the spec declares for the operation (see `asResult()`).
 */
export class ApiPromise<T, E = unknown> implements PromiseLike<T> {
  readonly #result: Promise<ApiResult<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** Resolves with the data and the `Response` (status, headers). */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  /**
   * Resolves (never rejects) with `{ ok: true, data, response }` or `{ ok: false, error }`. For an HTTP error
   * `status` is set and `error.body` is typed `E`; check `outcome.status !== undefined` to narrow to it.
   */
  asResult(): Promise<ApiOutcome<T, E>> {
    return this.#result.then(
      (result): ApiOutcome<T, E> => ({ ok: true, data: result.data, response: result.response }),
      (error: unknown): ApiOutcome<T, E> => {
        if (isStatusError<E>(error)) return { ok: false, status: error.status, error };
        return {
          ok: false,
          status: undefined,
          error: error instanceof ApiError ? error : new ApiError(String(error), { cause: error }),
        };
      },
    );
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
