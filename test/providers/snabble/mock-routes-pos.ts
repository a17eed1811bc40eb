/** The PoS hand-over (api_pos_integration.md): read, replace, and JSON merge patch (RFC 7386) with state transitions. */
import { asRecord, failure, isReply, json, parseJsonBody, type Reply } from "./mock-http.js";
import { route, type Call, type Route } from "./mock-router.js";
import type { Json } from "./mock-store.js";

/** RFC 7386: objects merge member by member, `null` removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  const changes = asRecord(patch);
  if (changes === undefined) return patch;
  const out: Json = { ...(asRecord(target) ?? {}) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

const NEXT_STATES: Readonly<Record<string, readonly string[]>> = {
  pending: ["processing", "failed"],
  processing: ["successful", "failed"],
  successful: [],
  failed: [],
};
const POS_WRITABLE = ["state", "processedBy", "failedReason"];

/** Stores a PoS checkout's new state; a finished checkout closes its process and becomes an order. */
function changePos(call: Call, current: Json, next: Json): Reply {
  const from = String(current["state"]);
  const to = String(next["state"] ?? from);
  if (to !== from && !(NEXT_STATES[from] ?? []).includes(to))
    return failure(400, "bare", "invalid_state_transition", `cannot go from ${from} to ${to}`);
  if (!["pending", "processing", "successful", "failed"].includes(to))
    return failure(400, "bare", "invalid_state", `unknown state ${JSON.stringify(to)}`);
  const stored = {
    ...next,
    id: current["id"],
    lineItems: current["lineItems"],
    price: current["price"],
    currency: current["currency"],
    shopID: current["shopID"],
  };
  call.store.posCheckouts.set(String(current["id"]), stored);
  const process = call.store.processes.get(String(current["id"]))?.process;
  if (process !== undefined && (to === "successful" || to === "failed") && to !== from) {
    process["paymentState"] = to;
    call.store.orders.push({
      id: `order-${String(current["id"])}`,
      project: call.project,
      state: to === "successful" ? "final" : "paymentFailed",
      date: new Date(call.now).toISOString(),
      shopID: current["shopID"],
      price: current["price"],
      currency: "EUR",
    });
  }
  return json(200, stored);
}

function posTarget(call: Call): Json | Reply {
  return (
    call.store.posCheckouts.get(call.params["id"]!) ??
    failure(404, "bare", "checkout_not_found", `checkout '${call.params["id"]}' not found`)
  );
}

const pos: Route[] = [
  route("GET", "/{project}/pos/checkout/id/{id}", null, "bare", (call) => {
    const current = posTarget(call);
    return isReply(current) ? current : json(200, current);
  }),
  route("PUT", "/{project}/pos/checkout/id/{id}", null, "bare", (call) => {
    const current = posTarget(call);
    if (isReply(current)) return current;
    const parsed = parseJsonBody(call.headers["content-type"], call.body, ["application/json"], "bare");
    if (isReply(parsed)) return parsed;
    const given = asRecord(parsed.value) ?? {};
    return changePos(
      call,
      current,
      Object.fromEntries(POS_WRITABLE.filter((k) => given[k] !== undefined).map((k) => [k, given[k]])),
    );
  }),
  route("PATCH", "/{project}/pos/checkout/id/{id}", null, "bare", (call) => {
    const current = posTarget(call);
    if (isReply(current)) return current;
    const parsed = parseJsonBody(call.headers["content-type"], call.body, ["application/merge-patch+json"], "bare");
    if (isReply(parsed)) return parsed;
    const patch = Object.fromEntries(
      Object.entries(asRecord(parsed.value) ?? {}).filter(([key]) => POS_WRITABLE.includes(key)),
    );
    return changePos(call, current, mergePatch(current, patch) as Json);
  }),
];

/** Every PoS route. */
export const POS_ROUTES: readonly Route[] = pos;
