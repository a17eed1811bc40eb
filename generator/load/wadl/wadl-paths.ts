/** WADL resource paths: joining nested `path` attributes and reading `{name}` / `{name: regex}` templates (JAX-RS style). */

/** A template variable and, for `{id: [0-9]+}`, the anchored pattern its values must match. */
export interface PathVariable {
  name: string;
  pattern?: string;
}

export type ParsedPath = { ok: true; path: string; variables: PathVariable[] } | { ok: false; message: string };

/** Replaces `{name: regex}` by `{name}` and collects the variables; braces inside a regex (`[0-9]{4}`) are balanced. */
export function parsePathTemplate(raw: string): ParsedPath {
  let path = "";
  const variables: PathVariable[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === "}") return { ok: false, message: `unbalanced "}" at character ${i + 1} of ${JSON.stringify(raw)}` };
    if (ch !== "{") {
      path += ch;
      i++;
      continue;
    }
    const end = closingBrace(raw, i);
    if (end === -1) return { ok: false, message: `unclosed "{" at character ${i + 1} of ${JSON.stringify(raw)}` };
    const inner = raw.slice(i + 1, end);
    const colon = inner.indexOf(":");
    const name = (colon === -1 ? inner : inner.slice(0, colon)).trim();
    if (!/^[A-Za-z0-9_.~-]+$/.test(name))
      return {
        ok: false,
        message: `template variable name ${JSON.stringify(name)} must be letters, digits, _ . ~ or -`,
      };
    const variable: PathVariable = { name };
    if (colon !== -1) {
      const regex = inner.slice(colon + 1).trim();
      try {
        new RegExp(regex);
      } catch {
        return { ok: false, message: `the regular expression ${JSON.stringify(regex)} of {${name}} is not valid` };
      }
      if (regex !== "" && regex !== "[^/]+") variable.pattern = `^(?:${regex})$`;
    }
    variables.push(variable);
    path += `{${name}}`;
    i = end + 1;
  }
  return { ok: true, path, variables };
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Joins a parent path and a child `path` attribute with exactly one `/` between them; the result starts with `/`. */
export function joinPaths(parent: string, child: string): string {
  if (child.replace(/^\/+/, "") === "") return parent === "" ? "/" : parent;
  const joined = `${parent.replace(/\/+$/, "")}/${child.replace(/^\/+/, "")}`;
  const collapsed = joined.replace(/\/{2,}/g, "/");
  return collapsed.startsWith("/") ? collapsed : `/${collapsed}`;
}
