/**
 * Stands in for `prettier` inside generator/format/ in the detail probe only: the same API, but `format`
 * calls run one after another and each is timed, so the format stage can be attributed file by file.
 */
import * as prettier from "prettier";
import { recordDetail } from "./detail-log.js";

export * from "prettier";

let queue: Promise<unknown> = Promise.resolve();

/** prettier.format, serialised and timed. */
export function format(source: string, options?: prettier.Options): Promise<string> {
  const run = async (): Promise<string> => {
    const start = performance.now();
    try {
      return await prettier.format(source, options);
    } finally {
      recordDetail({
        label: `prettier.format (${options?.parser ?? "?"})`,
        ms: performance.now() - start,
        chars: source.length,
      });
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
