/**
 * The json format: one JSON value on stdout that a script can read, whatever happened (an
 * empty array means "no problems").
 */
import type { Diagnostic } from "../../compiler/diagnostics.js";
import { hasDrift, type Drift } from "../../write/drift.js";
import { CONTROLS } from "./controls.js";

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  // JSON.stringify escapes C0 controls itself; the rest are escaped as \uXXXX too, which JSON
  // reads back as the same characters.
  return JSON.stringify(diagnostics, null, 2).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}

/**
 * The result of `build --check`: `upToDate` is null when the inputs have errors (nothing was
 * compared; see `diagnostics`). The diagnostics are inside, so stdout stays one JSON value.
 */
export function driftJson(out: string, drift: Drift | null, files: number, diagnostics: readonly Diagnostic[]): string {
  const result = {
    out,
    upToDate: drift === null ? null : !hasDrift(drift),
    files,
    missing: drift?.missing ?? [],
    stale: drift?.stale ?? [],
    extra: drift?.extra ?? [],
    diagnostics,
  };
  return JSON.stringify(result, null, 2) + "\n";
}
