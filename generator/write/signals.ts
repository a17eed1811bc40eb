/**
 * Ctrl-C (SIGINT) and SIGTERM held back while a package is being put in place: the signal is remembered and, once
 * the work is done, handled as it would have been (the handlers that were there get it, or the process ends).
 */

const HELD = ["SIGINT", "SIGTERM"] as const;
type HeldSignal = (typeof HELD)[number];

/** Runs `work` with the signals held; re-delivers the first one that arrived once `work` settles. */
export async function holdingSignals<T>(work: () => Promise<T>): Promise<T> {
  let arrived: HeldSignal | undefined;
  const hold = (signal: HeldSignal) => () => void (arrived ??= signal);
  const handlers = HELD.map((signal) => [signal, hold(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  try {
    return await work();
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (arrived !== undefined) redeliver(arrived);
  }
}

function redeliver(signal: HeldSignal): void {
  // Other listeners (a watcher's shutdown) handle it themselves; with none, the default is to end the process.
  if (process.listenerCount(signal) > 0) process.emit(signal, signal);
  else process.kill(process.pid, signal);
}
