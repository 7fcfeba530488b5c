import type { Outcome } from "../compiler/compile.js";
import { EXIT_INPUT, EXIT_OK, type Io, type Writable } from "./io.js";
import { formatDiagnostics, type Format } from "./format/index.js";

/**
 * Prints an outcome's diagnostics to `stream` and gives the exit code. JSON always prints
 * (an empty array means "no problems") so that tools can parse every run.
 */
export function report(outcome: Outcome<unknown>, io: Io, format: Format, stream: Writable): number {
  if (outcome.diagnostics.length > 0 || format === "json") {
    stream.write(formatDiagnostics(outcome.diagnostics, { format, color: io.color, sources: outcome.sources }));
  }
  return outcome.result === undefined ? EXIT_INPUT : EXIT_OK;
}

/** Diagnostics go to stdout only where stdout carries nothing else (json and github formats of validate). */
export function diagnosticStream(io: Io, format: Format): Writable {
  return format === "text" ? io.stderr : io.stdout;
}

/**
 * Where a command whose stdout carries its own output (list, render, secrets, diff) prints
 * diagnostics: stderr, except that a failed run with `--format json` prints the JSON array on
 * stdout, where a tool reading that format looks (it gets no other output on failure).
 */
export function outputCommandStream(io: Io, format: Format, outcome: Outcome<unknown>): Writable {
  return format === "json" && outcome.result === undefined ? io.stdout : io.stderr;
}
