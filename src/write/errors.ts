/**
 * The one error type of the write stage. `kind` lets the CLI choose an exit code without
 * parsing messages: `invalid-path` is a compiler bug (exit 2), the others are about the
 * state of the output folder (the user can fix it; exit 1 or 2 as the CLI sees fit).
 */
export type OutputErrorKind =
  /** A relative path handed to the write stage is unsafe or ambiguous. */
  | "invalid-path"
  /** A path is longer than file systems allow (NAME_MAX, PATH_MAX): found before anything is written. */
  | "too-long"
  /** A signal (SIGINT, SIGTERM) stopped the build before its commit point; nothing was written. */
  | "interrupted"
  /** Something not written by litellm-gitops is where output must go. */
  | "conflict"
  /** Another build holds the lock on the output folder. */
  | "locked"
  /** A journal in the output folder names what no build of this folder owns: refused, nothing touched. */
  | "foreign-journal"
  /** A build committed but could not apply its journal: the message says how to recover. */
  | "incomplete"
  /** The manifest or journal in the output folder cannot be trusted. */
  | "corrupt"
  /** The file system refused an operation. */
  | "io";

export class OutputError extends Error {
  override name = "OutputError";
  constructor(
    readonly kind: OutputErrorKind,
    message: string,
    /** Paths relative to the output folder that the error is about, sorted. */
    readonly paths: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Node's errno code of a caught value, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Wraps a file-system failure, keeping an OutputError as it is. */
export function ioError(what: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new OutputError("io", `${what}: ${detail}`, [], { cause: error });
}
