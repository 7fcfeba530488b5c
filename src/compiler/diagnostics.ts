import { CODES, fill, type DiagnosticCode, type MessageArgs, type MessageName, type MessageTemplate, type Severity } from "./catalogue.js";

/**
 * The one diagnostic type every stage reports with. Codes are stable: docs/diagnostics.md
 * documents each one, and a test keeps that page and the catalogue (catalogue.ts) in step.
 */
import { compareStrings } from "../compare.js";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path as the user gave it (relative to the working folder when inside it), POSIX separators. */
  file: string;
  /** 1-based; 0 when the problem has no place in a file (a missing folder, a usage error). */
  line: number;
  column: number;
  /** JSON pointer into the YAML document ("" for the document itself). */
  pointer: string;
  message: string;
  hint?: string;
}

export { CODES, type DiagnosticCode, type Severity } from "./catalogue.js";

export interface Location {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

/**
 * A diagnostic from the catalogue: the code's message template `name`, filled with `args`
 * (catalogue.ts). The way to raise a code that has templates.
 */
export function diagnose<C extends DiagnosticCode, M extends MessageName<C>>(code: C, at: Location, name: M, args: MessageArgs<C, M>): Diagnostic {
  const template = (CODES[code].messages as Readonly<Record<string, MessageTemplate>>)[name]!;
  const values = args as Readonly<Record<string, string | number>>;
  return diagnostic(code, at, fill(template.message, values), template.hint === undefined ? undefined : fill(template.hint, values));
}

function diagnostic(code: DiagnosticCode, at: Location, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { code, severity: CODES[code].severity, ...at, message };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** How every stage hands on what it finds: one diagnostic at a time, to whoever collects them. */
export type Report = (diagnostic: Diagnostic) => void;

/** A Report that keeps what it is given, in order. */
export function collector(): { diagnostics: Diagnostic[]; report: Report } {
  const diagnostics: Diagnostic[] = [];
  return { diagnostics, report: (d) => void diagnostics.push(d) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `--strict`: every warning becomes an error, reported as such. */
export function promoteWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" } : d));
}

/** Order of report: by file, then position, then code, so output never depends on discovery order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

