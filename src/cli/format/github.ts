/** The github format: GitHub Actions workflow commands, each an annotation on the pull request's diff. */
import { CODES, type Diagnostic } from "../../compiler/diagnostics.js";
import { driftDiagnostics, type Drift } from "../../write/drift.js";
import { escapeControls } from "./controls.js";

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) properties.push(`line=${d.line}`, `col=${d.column}`);
      properties.push(`title=${escapeProperty(`${d.code} ${CODES[d.code].title}`)}`);
      const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.severity} ${properties.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}

/** `build --check` drift: one error annotation (LG5002) on each drifted file. */
export function driftGithub(drift: Drift): string {
  return formatGithub(driftDiagnostics(drift));
}

function escapeData(s: string): string {
  return escapeControls(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

