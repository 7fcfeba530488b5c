/**
 * How `build --check` reports drift in each format. Text is for a person reading a log;
 * `github` puts one error annotation on each drifted file of the pull request; `json` is one
 * object a script can read (diagnostics included, so stdout stays a single JSON value).
 */
import type { Diagnostic } from "../compiler/diagnostics.js";
import type { CheckResult } from "../write/check.js";

export interface Drift {
  /** The output folder as shown to the user (relative to cwd). */
  out: string;
  missing: string[];
  stale: string[];
  extra: string[];
}

/** Drift paths are made relative to cwd (`rendered/ns/proxy/config.yaml`), as annotations and people need them. */
export function driftOf(out: string, check: CheckResult): Drift {
  const under = (files: string[]) => files.map((f) => (out === "." ? f : `${out}/${f}`));
  return { out, missing: under(check.missing), stale: under(check.stale), extra: under(check.extra) };
}

export function hasDrift(drift: Drift): boolean {
  return drift.missing.length + drift.stale.length + drift.extra.length > 0;
}

export function fixCommand(out: string): string {
  return `litellm-gitops build --out ${out}`;
}

export function driftText(drift: Drift): string {
  const lines = [
    ...drift.missing.map((f) => `missing: ${f}`),
    ...drift.stale.map((f) => `stale: ${f}`),
    ...drift.extra.map((f) => `no longer produced: ${f}`),
  ];
  return `${lines.join("\n")}\n${drift.out} is out of date: run \`${fixCommand(drift.out)}\` and commit the result\n`;
}

/** One LG5002 error per drifted file, so the github format (and any other diagnostic format) can show it. */
export function driftDiagnostics(drift: Drift): Diagnostic[] {
  const hint = `Run \`${fixCommand(drift.out)}\` and commit the result.`;
  const at = (file: string, message: string): Diagnostic => ({ code: "LG5002", severity: "error", file, line: 0, column: 0, pointer: "", message, hint });
  return [
    ...drift.missing.map((f) => at(f, "missing from the committed output")),
    ...drift.stale.map((f) => at(f, "stale: the build now writes different content")),
    ...drift.extra.map((f) => at(f, "no longer produced by the build")),
  ];
}

/**
 * The `--format json` result of `build --check`: `upToDate` is null when the inputs have errors
 * (nothing was compared; see `diagnostics`).
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
