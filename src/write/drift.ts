/**
 * What `build --check` found (check.ts), as the user sees it: paths under the output folder as
 * shown (relative to the working folder), and one LG5002 diagnostic per drifted file, which
 * every diagnostic format can print (src/cli/format/).
 */
import { diagnose, type Diagnostic } from "../compiler/diagnostics.js";
import type { CheckResult } from "./check.js";

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

/** The command that brings the folder up to date. */
export function fixCommand(out: string): string {
  return `litellm-gitops build --out ${out}`;
}

/** One LG5002 error per drifted file. */
export function driftDiagnostics(drift: Drift): Diagnostic[] {
  const fix = fixCommand(drift.out);
  const at = (file: string) => ({ file, line: 0, column: 0, pointer: "" });
  return [
    ...drift.missing.map((f) => diagnose("LG5002", at(f), "missing", { fix })),
    ...drift.stale.map((f) => diagnose("LG5002", at(f), "stale", { fix })),
    ...drift.extra.map((f) => diagnose("LG5002", at(f), "extra", { fix })),
  ];
}
