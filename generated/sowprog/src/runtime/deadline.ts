// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** One attempt's cancellation: the caller's `AbortSignal` and the timeout merged into one signal for `fetch` and body reads. */

import { ApiAbortedError, ApiConnectionError, ApiError, ApiTimeoutError, type ApiErrorContext } from "./errors.js";

/** setTimeout's largest delay; longer values would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** The merged signal of one attempt and what made it fire. */
export interface Deadline {
  /** The signal for `fetch`; `undefined` when there is neither a timeout nor a caller's signal. */
  readonly signal: AbortSignal | undefined;
  readonly timedOut: () => boolean;
  readonly callerAborted: () => boolean;
  /** Stops the timer but keeps the caller's signal linked (for bodies handed to the caller). */
  readonly disarm: () => void;
  /** Stops the timer and unlinks the caller's signal. */
  readonly dispose: () => void;
}

/** No timeout: the caller's signal as it is (or none), without a controller or timer of its own. */
function callerOnly(caller: AbortSignal | undefined): Deadline {
  const idle = (): void => undefined;
  return {
    signal: caller,
    timedOut: () => false,
    callerAborted: () => caller?.aborted === true,
    disarm: idle,
    dispose: idle,
  };
}

/** Starts the timer (none when `timeoutMs` is not finite) and links the caller's signal. */
export function startDeadline(options: {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}): Deadline {
  if (!Number.isFinite(options.timeoutMs)) return callerOnly(options.signal);
  const controller = new AbortController();
  const caller = options.signal;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onCallerAbort = (): void => {
    clearTimeout(timer);
    controller.abort(caller?.reason);
  };
  if (caller?.aborted === true) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  if (Number.isFinite(options.timeoutMs) && !controller.signal.aborted) {
    timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort(new DOMException("The request timed out", "TimeoutError"));
      },
      Math.min(Math.max(0, options.timeoutMs), MAX_TIMER_MS),
    );
  }
  const disarm = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    callerAborted: () => caller?.aborted === true && !timedOut,
    disarm,
    dispose: () => {
      disarm();
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Turns whatever `fetch` or a body read threw into the runtime's typed error. */
export function classifyFailure(
  error: unknown,
  deadline: Deadline,
  context: ApiErrorContext & { readonly timeoutMs: number },
): ApiError {
  if (error instanceof ApiError) return error;
  if (deadline.timedOut())
    return new ApiTimeoutError(`Request timed out after ${context.timeoutMs} ms`, { ...context, cause: error });
  if (deadline.callerAborted()) return new ApiAbortedError("Request aborted", { ...context, cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiConnectionError(`Connection error: ${reason}`, { ...context, cause: error });
}

/** Waits for `promise`, but rejects with the signal's reason as soon as `signal` fires (the shared work keeps running for others). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error as Error);
      },
    );
  });
}
