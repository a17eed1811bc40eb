/** Bounds that keep hostile or broken specs from exhausting memory or the stack. */
export const LOAD_LIMITS = {
  /** Largest spec file read, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Most YAML aliases one document may dereference. */
  maxAliasCount: 1000,
  /** Deepest nesting of objects and arrays in a document. */
  maxDepth: 256,
  /** Most files one spec may pull in through `$ref`. */
  maxFiles: 1000,
  /** Timeout and size bound for remote refs (only with --allow-remote-refs). */
  remoteTimeoutMs: 15_000,
} as const;
