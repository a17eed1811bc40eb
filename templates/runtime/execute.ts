// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Sends a built request: attempts, timeouts, retries, status errors and decoding. */

import type { ApiResult } from "./api-promise.js";
import type { BuiltRequest } from "./build-request.js";
import type { Codecs } from "./codec.js";
import { classifyFailure, startDeadline, type Deadline } from "./deadline.js";
import { classifyResponse, decodeBody, isStreamingKind, readErrorBody, type DecodeInput } from "./decode.js";
import { ApiConnectionError, type ApiErrorContext } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { createRedactor, redactUrl } from "./redact.js";
import { computeRetryDelay, isRetryableRequest, parseRetryAfter, RETRYABLE_STATUSES, sleep } from "./retry.js";
import { createStatusError } from "./status-errors.js";

/** The `fetch` signature the runtime needs; inject one for tests, proxies or instrumentation. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Resolved settings for one call. */
export interface ExecuteSettings {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxResponseBytes: number | undefined;
  readonly codecs: Codecs;
  readonly signal: AbortSignal | undefined;
  readonly idempotencyKey: string | undefined;
}

type Outcome = { readonly done: ApiResult<unknown> } | { readonly retryAfterMs: number };

interface Attempt {
  readonly op: OperationSpec;
  readonly request: BuiltRequest;
  readonly settings: ExecuteSettings;
  readonly context: ApiErrorContext & { readonly timeoutMs: number };
  readonly index: number;
  readonly mayRetry: boolean;
}

/** Runs attempts until one succeeds, fails for good, or retries run out; waits between attempts honour the caller's signal. */
export async function executeRequest(op: OperationSpec, request: BuiltRequest, settings: ExecuteSettings): Promise<ApiResult<unknown>> {
  const redactor = createRedactor({ url: request.url, headers: request.headers });
  const context = { method: op.method, url: redactUrl(request.url), redactor, timeoutMs: settings.timeoutMs };
  const retryable = isRetryableRequest(op.method, settings) && (request.body?.replayable ?? true);
  for (let index = 0; ; index++) {
    const mayRetry = retryable && index < settings.maxRetries;
    const outcome = await runAttempt({ op, request, settings, context, index, mayRetry });
    if ("done" in outcome) return outcome.done;
    await sleep(outcome.retryAfterMs, settings.signal);
  }
}

function requestInit(attempt: Attempt, signal: AbortSignal): RequestInit {
  const { op, request } = attempt;
  const init: RequestInit & { duplex?: "half" } = { method: op.method, headers: request.headers, signal, redirect: "follow" };
  if (request.body !== undefined) init.body = request.body.body;
  if (request.body?.streaming === true) init.duplex = "half";
  return init;
}

async function runAttempt(attempt: Attempt): Promise<Outcome> {
  const deadline = startDeadline({ timeoutMs: attempt.settings.timeoutMs, signal: attempt.settings.signal });
  let response: Response;
  try {
    response = await attempt.settings.fetch(attempt.request.url, requestInit(attempt, deadline.signal));
  } catch (error) {
    deadline.dispose();
    const failure = classifyFailure(error, deadline, attempt.context);
    if (failure instanceof ApiConnectionError && attempt.mayRetry) return { retryAfterMs: computeRetryDelay({ attempt: attempt.index }) };
    throw failure;
  }
  let handedOver = false;
  try {
    const input: DecodeInput = {
      response,
      spec: attempt.op.response,
      limit: attempt.settings.maxResponseBytes,
      codecs: attempt.settings.codecs,
      context: attempt.context,
      mapStreamError: (error) => classifyFailure(error, deadline, attempt.context),
    };
    if (!response.ok) return await handleErrorStatus(attempt, input);
    const kind = classifyResponse(response, attempt.op.response, attempt.op.method);
    const data = await decodeBody(kind, input);
    handedOver = isStreamingKind(kind);
    return { done: { data, response } };
  } catch (error) {
    throw classifyFailure(error, deadline, attempt.context);
  } finally {
    releaseDeadline(deadline, handedOver);
  }
}

function releaseDeadline(deadline: Deadline, handedOver: boolean): void {
  if (handedOver) deadline.disarm();
  else deadline.dispose();
}

async function handleErrorStatus(attempt: Attempt, input: DecodeInput): Promise<Outcome> {
  const { response } = input;
  if (attempt.mayRetry && RETRYABLE_STATUSES.has(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    const retryAfterMs = parseRetryAfter(response.headers);
    return { retryAfterMs: computeRetryDelay({ attempt: attempt.index, retryAfterMs }) };
  }
  const body = await readErrorBody(input);
  throw createStatusError({ ...attempt.context, status: response.status, headers: response.headers, body });
}
