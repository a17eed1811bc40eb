// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Sends a built request: attempts, timeouts, retries, refresh-once on 401, status errors and decoding. */

import type { ApiResult } from "./api-promise.js";
import type { AuthPlan, CredentialLocations } from "./auth.js";
import type { PreparedBody } from "./bodies.js";
import type { BuiltRequest } from "./build-request.js";
import type { Codecs } from "./codec.js";
import { classifyFailure, startDeadline, type Deadline } from "./deadline.js";
import {
  classifyResponse,
  decodeBody,
  isStreamingKind,
  readErrorBody,
  type DecodeFeatures,
  type DecodeInput,
} from "./decode.js";
import { ApiConnectionError, ApiRequestError, type ApiErrorContext } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { createRedactor, redactUrl } from "./redact.js";
import type { Hop } from "./redirect.js";
import {
  computeRetryDelay,
  isRetryableRequest,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  sleep,
  type RetryHeaderSpec,
} from "./retry.js";
import type { SecretSource } from "./secret-registry.js";
import { sendWithRedirects, type Delivered, type RedirectMode, type SendSettings } from "./send.js";
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
  readonly decoding: DecodeFeatures;
  readonly signal: AbortSignal | undefined;
  readonly idempotencyKey: string | undefined;
  readonly retrySafe: boolean;
  readonly auth: AuthPlan;
  readonly credentials: CredentialLocations;
  readonly secrets: SecretSource;
  readonly maxRedirects: number;
  readonly redirectMode: RedirectMode;
  readonly retryHeaders: readonly RetryHeaderSpec[];
  readonly maxRetryAfterMs: number | undefined;
}

type Outcome =
  { readonly done: ApiResult<unknown> } | { readonly retryAfterMs: number } | { readonly reauthorized: true };

interface Attempt {
  readonly op: OperationSpec;
  readonly hop: Hop;
  readonly send: SendSettings;
  readonly settings: ExecuteSettings;
  readonly context: ApiErrorContext & { readonly timeoutMs: number };
  readonly index: number;
  readonly mayRetry: boolean;
  readonly mayReauthorize: boolean;
}

/** Reads the body into bytes once, so a signing hook sees exactly what is sent (and the request becomes replayable). */
async function materializeBody(body: PreparedBody, context: ApiErrorContext): Promise<PreparedBody> {
  try {
    const bytes = new Uint8Array(await new Response(body.body).arrayBuffer());
    return { body: bytes, contentType: body.contentType, replayable: true, streaming: false };
  } catch (error) {
    throw new ApiRequestError("Could not read the request body for signing", { ...context, cause: error });
  }
}

/** Runs attempts until one succeeds, fails for good, or retries run out; waits between attempts honour the caller's signal. */
export async function executeRequest(
  op: OperationSpec,
  request: BuiltRequest,
  settings: ExecuteSettings,
): Promise<ApiResult<unknown>> {
  const redactor = createRedactor({ url: request.url, headers: request.headers, secrets: settings.secrets });
  const context = { method: op.method, url: redactUrl(request.url), redactor, timeoutMs: settings.timeoutMs };
  const body =
    settings.auth.signs && request.body !== undefined ? await materializeBody(request.body, context) : request.body;
  const replayable = body?.replayable ?? true;
  const retryable = isRetryableRequest(op.method, settings) && replayable;
  const hop: Hop = {
    method: op.method,
    url: request.url,
    headers: request.headers,
    body: body?.body,
    replayable,
    trusted: true,
  };
  const rules = {
    origin: request.origin,
    credentials: settings.credentials,
    secrets: settings.secrets,
    maxRedirects: settings.maxRedirects,
    context,
  };
  const send: SendSettings = {
    fetch: settings.fetch,
    auth: settings.auth,
    rules,
    mode: settings.redirectMode,
    replaySafe: retryable,
    streaming: body?.streaming === true,
  };
  let reauthorized = false;
  for (let index = 0; ;) {
    const mayRetry = retryable && index < settings.maxRetries;
    const outcome = await runAttempt({
      op,
      hop,
      send,
      settings,
      context,
      index,
      mayRetry,
      mayReauthorize: !reauthorized && replayable,
    });
    if ("done" in outcome) return outcome.done;
    if ("reauthorized" in outcome) {
      reauthorized = true;
      continue;
    }
    await sleep(outcome.retryAfterMs, settings.signal);
    index++;
  }
}

async function runAttempt(attempt: Attempt): Promise<Outcome> {
  const deadline = startDeadline({ timeoutMs: attempt.settings.timeoutMs, signal: attempt.settings.signal });
  let delivered: Delivered;
  try {
    delivered = await sendWithRedirects(attempt.hop, attempt.send, deadline.signal);
  } catch (error) {
    deadline.dispose();
    const failure = classifyFailure(error, deadline, attempt.context);
    if (failure instanceof ApiConnectionError && attempt.mayRetry)
      return { retryAfterMs: computeRetryDelay({ attempt: attempt.index }) };
    throw failure;
  }
  const { response, onUnauthorized } = delivered;
  let handedOver = false;
  try {
    if (response.status === 401 && attempt.mayReauthorize && onUnauthorized.length > 0) {
      let changed = false;
      for (const handler of onUnauthorized) if ((await handler(deadline.signal, response)) !== false) changed = true;
      if (changed) {
        await response.body?.cancel().catch(() => undefined);
        return { reauthorized: true };
      }
    }
    const input: DecodeInput = {
      response,
      spec: attempt.op.response,
      limit: attempt.settings.maxResponseBytes,
      codecs: attempt.settings.codecs,
      features: attempt.settings.decoding,
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
  const { settings } = attempt;
  if (attempt.mayRetry && RETRYABLE_STATUSES.has(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    const retryAfterMs = parseRetryAfter(response.headers, Date.now(), settings.retryHeaders, response.status);
    return {
      retryAfterMs: computeRetryDelay({
        attempt: attempt.index,
        retryAfterMs,
        maxRetryAfterMs: settings.maxRetryAfterMs,
      }),
    };
  }
  const body = await readErrorBody(input);
  throw createStatusError({ ...attempt.context, status: response.status, headers: response.headers, body });
}
