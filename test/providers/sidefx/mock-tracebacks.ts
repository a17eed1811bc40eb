/** How the mock reports a server-side exception: the stack trace as text, or Django's HTML debug page in debug mode. */
import { text, type Reply } from "./mock-auth.js";
import type { PythonError } from "./mock-functions.js";

/** The traceback lines of an exception raised inside an API function. */
export function tracebackLines(error: PythonError, functionName: string): string[] {
  return [
    "Traceback:",
    '  File "/srv/sidefx/api/views.py", line 88, in <module>',
    `    result = api_functions["${functionName}"](*args, **kwargs)`,
    "",
    `Exception Type: ${error.type} at /api/`,
    `Exception Value: ${error.message}`,
  ];
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/** A 500: plain text in production; in debug mode an HTML page whose `<textarea>` holds the (escaped) traceback. */
export function pythonErrorReply(error: PythonError, options: { debug: boolean; functionName: string }): Reply {
  const lines = tracebackLines(error, options.functionName);
  if (!options.debug) return text(500, lines.join("\n"));
  const page = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    `<head><title>${escapeHtml(error.type)} at /api/</title></head>`,
    "<body>",
    `<div id="summary"><h1>${escapeHtml(error.type)} at /api/</h1><pre class="exception_value">${escapeHtml(error.message)}</pre></div>`,
    '<form action="https://dpaste.com/" name="pasteform" id="pasteform" method="post">',
    '<textarea name="content" id="traceback_area" cols="140" rows="25">',
    "Environment:",
    "",
    "Request Method: POST",
    "",
    ...lines.map(escapeHtml),
    "</textarea>",
    "</form>",
    "</body>",
    "</html>",
  ].join("\n");
  return { status: 500, headers: { "content-type": "text/html; charset=utf-8" }, body: page };
}
