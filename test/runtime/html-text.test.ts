/** Text error bodies: plain text as it is; an HTML page (Django's debug 500) as its traceback, entities unescaped. */
import { describe, expect, it } from "vitest";
import { htmlErrorText, isHtmlBody, unescapeHtml } from "../../templates/runtime/html-text.js";

const DEBUG_PAGE = [
  "<!DOCTYPE html>",
  "<html><head><title>KeyError at /api/</title><style>body { color: red }</style></head><body>",
  '<textarea id="traceback_area">Environment:',
  "",
  "Traceback:",
  '  File "views.py", line 3, in &lt;module&gt;',
  "    raise KeyError(&#x27;build&#x27;)",
  "",
  "Exception Value: &#39;build&#39; &amp; more &quot;text&quot; &#128512; &unknown;",
  "</textarea>",
  "</body></html>",
].join("\n");

describe("htmlErrorText", () => {
  it.each([
    ["plain text stays as it is", "EULA not accepted", "text/plain", "EULA not accepted"],
    ["text that merely mentions tags", "use <b> tags", "text/plain", "use <b> tags"],
    [
      "a debug page gives its traceback section",
      DEBUG_PAGE,
      "text/html; charset=utf-8",
      `Traceback:\n  File "views.py", line 3, in <module>\n    raise KeyError('build')\n\nException Value: 'build' & more "text" \u{1F600} &unknown;`,
    ],
    [
      "an HTML page without a traceback gives its text",
      "<html><body><h1>Bad &amp; wrong</h1>\n<p>Try again</p></body></html>",
      "text/html",
      "Bad & wrong\nTry again",
    ],
    ["HTML is recognised without a content type", "<!doctype html><html><body>Oops</body></html>", null, "Oops"],
  ])("%s", (_label, body, contentType, want) => {
    expect(htmlErrorText(body, contentType)).toBe(want);
  });

  it("recognises HTML by type or by its first tag", () => {
    expect(isHtmlBody("x", "application/xhtml+xml")).toBe(true);
    expect(isHtmlBody("  <HTML lang=en>", "text/plain")).toBe(true);
    expect(isHtmlBody("<p>hi</p>", "text/plain")).toBe(false);
  });

  it("leaves invalid character references alone", () => {
    expect(unescapeHtml("&#0; &#x110000; &amp")).toBe("&#0; &#x110000; &amp");
  });
});
