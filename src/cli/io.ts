/** Where a command reads and writes; tests pass their own to run commands in-process. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable;
  /** Colour for text diagnostics (a TTY and no NO_COLOR). */
  color: boolean;
}

export interface Writable {
  write(chunk: string): unknown;
}

export const EXIT_OK = 0;
/** The input has errors, or `--check` found drift. */
export const EXIT_INPUT = 1;
/** Bad usage or an internal failure. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
