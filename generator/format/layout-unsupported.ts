/**
 * Thrown by the README layout when its input holds something it cannot prove it lays out exactly as prettier
 * would; the README section is then left to prettier.
 */
export class LayoutUnsupported extends Error {
  /** `reason` says what was met, for tests and debugging. */
  constructor(reason: string) {
    super(`README layout: ${reason}`);
    this.name = "LayoutUnsupported";
  }
}
