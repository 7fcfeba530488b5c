import { constants } from "node:os";

/** SIGINT and SIGTERM while a command writes: they abort the write instead of killing the process. */
export interface Interrupts {
  signal: AbortSignal;
  /** The first signal received, if any. */
  received(): NodeJS.Signals | undefined;
  /** The conventional exit code for it: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
  exitCode(): number;
  dispose(): void;
}

const TRAPPED: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * Without a handler, Node ends the process on SIGINT at once, wherever the write stage is:
 * a lock, a staging folder or (after the commit point) a half-applied journal stays behind.
 * With it, the write stage decides: before its commit point it rolls back, after it it
 * completes. A second signal is not special: the write stage is never more than a
 * journal's application away from a clean state.
 */
export function trapInterrupts(): Interrupts {
  const controller = new AbortController();
  let first: NodeJS.Signals | undefined;
  const handler = (name: NodeJS.Signals): void => {
    first ??= name;
    controller.abort();
  };
  for (const name of TRAPPED) process.on(name, handler);
  return {
    signal: controller.signal,
    received: () => first,
    exitCode: () => 128 + (first ? constants.signals[first] : 0),
    dispose: () => {
      for (const name of TRAPPED) process.off(name, handler);
    },
  };
}
