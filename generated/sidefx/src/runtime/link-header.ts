// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Reading the `Link` header (RFC 8288) for pagination. @see https://www.rfc-editor.org/rfc/rfc8288 */

const LINK_VALUE = /<([^>]*)>((?:\s*;\s*[^;,=\s]+(?:\s*=\s*(?:"[^"]*"|[^;,]*))?)*)/g;
const REL_PARAM = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i;

/** The target of the first link whose `rel` (a space-separated list) contains `rel`, case-insensitively. */
export function findLink(header: string | null, rel: string): string | undefined {
  if (header === null) return undefined;
  const wanted = rel.toLowerCase();
  for (const match of header.matchAll(LINK_VALUE)) {
    const params = match[2] ?? "";
    const relMatch = REL_PARAM.exec(params);
    const rels = (relMatch?.[1] ?? relMatch?.[2] ?? "").toLowerCase().split(/\s+/);
    if (rels.includes(wanted)) return match[1]?.trim();
  }
  return undefined;
}
