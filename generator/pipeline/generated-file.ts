/** A file of a generated package, in memory: path relative to the package root (POSIX separators). */
export interface GeneratedFile {
  path: string;
  content: string;
}
