/**
 * The entity references of WADL and XSD text. DOCTYPE is refused before parsing, so only XML 1.0's five predefined
 * entities and character references exist; fast-xml-parser runs with entities off and this resolves them. The
 * runtime decodes XML bodies by the same rules in its own code (test/load/wadl/xml-entities.test.ts compares them).
 * @see https://www.w3.org/TR/xml/#sec-predefined-ent
 */

const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["apos", "'"],
  ["quot", '"'],
]);

/** `&name;`, `&#decimal;` or `&#xhex;` (`X` allowed), in one pass so `&amp;lt;` becomes `&lt;`. */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z]+));/g;

/** The largest Unicode code point. */
const MAX_CODE_POINT = 0x10ffff;

/** Text with its references resolved; an unknown name or a code point outside 1…U+10FFFF stays as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(REFERENCE, (reference, hex: string | undefined, decimal: string | undefined, name?: string) => {
    if (name !== undefined) return PREDEFINED_ENTITIES.get(name) ?? reference;
    const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal!, 10);
    return codePoint >= 1 && codePoint <= MAX_CODE_POINT ? String.fromCodePoint(codePoint) : reference;
  });
}
