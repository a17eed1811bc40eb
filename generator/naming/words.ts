/** Word splitting and case conversion for names taken from specs. */

/** Splits `getItemsByID`, `get_items-by id`, `HTTPServer2` into words. */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** `get_items by-id` → `getItemsById`. Empty when the text has no ASCII letters or digits. */
export function toCamelCase(text: string): string {
  const words = splitWords(text);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase()))).join("");
}

/** `get_items by-id` → `GetItemsById`. */
export function toPascalCase(text: string): string {
  return splitWords(text)
    .map((w) => capitalize(w.toLowerCase()))
    .join("");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
