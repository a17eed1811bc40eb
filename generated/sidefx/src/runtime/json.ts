// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** JSON parsing that cannot be used for prototype pollution. */

const PROTO_KEY = "__proto__";

/**
 * Parses JSON and drops every `__proto__` member, so a later merge of the result (`Object.assign`,
 * deep-merge helpers) can never reach `Object.prototype`. The reviver only runs when the text could
 * contain such a key (literally or via `\u` escapes), keeping ordinary payloads on the fast path.
 */
export function parseJsonSafely(text: string): unknown {
  if (!text.includes(PROTO_KEY) && !text.includes("\\u")) return JSON.parse(text);
  return JSON.parse(text, (key: string, value: unknown) => (key === PROTO_KEY ? undefined : value));
}
