/**
 * One writer per output format (text.ts, json.ts, github.ts), each for diagnostics and for
 * `build --check` drift, in the manner of kubeconform's pkg/output.
 */
import type { Diagnostic } from "../../compiler/diagnostics.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatText, type TextOptions } from "./text.js";

import type { Format } from "./names.js";

export { FORMATS, type Format } from "./names.js";

export interface ReportOptions extends TextOptions {
  format: Format;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  switch (options.format) {
    case "json":
      return formatJson(diagnostics);
    case "github":
      return formatGithub(diagnostics);
    default:
      return formatText(diagnostics, options);
  }
}

