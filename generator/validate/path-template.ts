/** `{name}` templates as used by path keys and server URLs. */

export type TemplateResult = { ok: true; names: string[] } | { ok: false; reason: string };

/** Lists the variable names of a template, or says why its braces are malformed. */
export function parseTemplate(text: string): TemplateResult {
  const names: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "{") {
      if (open >= 0) return { ok: false, reason: `"{" at offset ${i} opens a variable inside another one` };
      open = i;
    } else if (char === "}") {
      if (open < 0) return { ok: false, reason: `"}" at offset ${i} closes no variable` };
      if (i === open + 1) return { ok: false, reason: `empty variable "{}" at offset ${open}` };
      names.push(text.slice(open + 1, i));
      open = -1;
    }
  }
  if (open >= 0) return { ok: false, reason: `"{" at offset ${open} is never closed` };
  return { ok: true, names };
}
