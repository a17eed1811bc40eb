/** Prettier settings for generated documentation: the one definition, part of the cache key (changing them regenerates everything). */
export const PRETTIER_OPTIONS = { printWidth: 100, proseWrap: "preserve", endOfLine: "lf" } as const;
