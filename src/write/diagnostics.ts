import { diagnose, type Diagnostic } from "../compiler/diagnostics.js";
import type { OutputError } from "./errors.js";

/**
 * An OutputError about the output folder's state (anything but `invalid-path`, a compiler bug,
 * and `interrupted`, which the command reports itself) as the diagnostic the user sees:
 * LG5020 (foreign journal), LG5021 (committed, not completed) or LG5003, with the hint of its kind.
 * `shown` is the output folder as shown to the user.
 */
export function outputDiagnostic(error: OutputError, shown: string): Diagnostic {
  const at = { file: error.paths.length > 0 ? `${shown}/${error.paths[0]}` : shown, line: 0, column: 0, pointer: "" };
  const problem = error.message;
  switch (error.kind) {
    case "foreign-journal":
      return diagnose("LG5020", at, "foreignJournal", { problem });
    case "incomplete":
      return diagnose("LG5021", at, "incomplete", { problem });
    case "too-long":
      return diagnose("LG5003", at, "tooLong", { problem });
    case "conflict":
      return diagnose("LG5003", at, "conflict", { problem });
    case "locked":
      return diagnose("LG5003", at, "locked", { problem });
    case "corrupt":
      return diagnose("LG5003", at, "corrupt", { problem });
    default:
      return diagnose("LG5003", at, "io", { problem });
  }
}
