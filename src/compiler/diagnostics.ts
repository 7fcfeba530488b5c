/**
 * The one diagnostic type every stage reports with. Codes are stable: docs/diagnostics.md
 * documents each one, and a test keeps that page and this table in step.
 */
import { compareStrings } from "../compare.js";

export type Severity = "error" | "warning";

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

interface CodeInfo {
  severity: Severity;
  title: string;
}

/** Registry of every code. The severity here is the default; `--strict` promotes warnings. */
export const CODES = {
  LG1001: { severity: "error", title: "file cannot be read" },
  LG1002: { severity: "error", title: "file is not valid UTF-8" },
  LG1003: { severity: "error", title: "YAML syntax error" },
  LG1004: { severity: "error", title: "duplicate key in a mapping" },
  LG1005: { severity: "error", title: "YAML aliases expand too far" },
  LG1006: { severity: "error", title: "file too large" },
  LG1007: { severity: "error", title: "YAML nesting too deep" },
  LG1008: { severity: "error", title: "no input files" },
  LG1009: { severity: "error", title: "unknown kind in a litellm API group" },
  LG1020: { severity: "warning", title: "no resources found" },
  LG1030: { severity: "error", title: "kind of ours under a look-alike API group" },

  LG2001: { severity: "error", title: "required field missing" },
  LG2002: { severity: "error", title: "wrong type" },
  LG2003: { severity: "error", title: "unknown field" },
  LG2004: { severity: "error", title: "value not allowed" },
  LG2005: { severity: "error", title: "schema rule violated" },

  LG3001: { severity: "error", title: "instanceRef names no LiteLLMInstance in the project" },
  LG3002: { severity: "warning", title: "unknown provider prefix" },
  LG3003: { severity: "error", title: "not a non-negative decimal" },
  LG3004: { severity: "error", title: "not a LiteLLM budget duration" },
  LG3005: { severity: "error", title: "invalid resource name" },
  LG3006: { severity: "error", title: "duplicate resource" },
  LG3007: { severity: "error", title: "duplicate model identifier in an instance" },
  LG3008: { severity: "error", title: "literal credential in Git" },
  LG3009: { severity: "warning", title: "Secret with data committed to Git" },
  LG3010: { severity: "error", title: "more than one CompilerConfig" },
  LG3011: { severity: "warning", title: "unpinned image tag" },
  LG3012: { severity: "warning", title: "Model targets a proxy this project does not deploy" },
  LG3013: { severity: "error", title: "gateway enabled without parentRefs" },
  LG3014: { severity: "error", title: "requiresAuth without modelCredentials" },
  LG3015: { severity: "error", title: "invalid Secret data key" },
  LG3020: { severity: "error", title: "name makes an output file name too long" },
  LG3050: { severity: "error", title: "not a whole number" },
  LG3051: { severity: "error", title: "generated key without a keyAlias" },
  LG3052: { severity: "warning", title: "field the sync does not apply" },
  LG3030: { severity: "warning", title: "settings key LiteLLM does not read" },

  LG4001: { severity: "error", title: "unknown routing strategy" },
  LG4002: { severity: "error", title: "setting names a model the instance does not serve" },
  LG4003: { severity: "error", title: "os.environ variable not set on the container" },
  LG4004: { severity: "error", title: "environment variable name collision" },
  LG4005: { severity: "error", title: "template error" },
  LG4006: { severity: "error", title: "setting conflicts with a generated value" },
  LG4007: { severity: "warning", title: "remote key templates cannot tell Secret keys apart" },
  LG4008: { severity: "error", title: "Flux objects enabled without a Git repository" },
  LG4009: { severity: "error", title: "Secret read by two instances of one namespace" },
  LG4030: { severity: "error", title: "key not in a Secret made in the cluster" },
  LG4031: { severity: "warning", title: "optional Secret key cannot be fetched" },
  LG4050: { severity: "error", title: "access object names a model the proxy does not serve" },
  LG4052: { severity: "warning", title: "team or user managed outside the project" },
  LG4053: { severity: "error", title: "team membership reference does not resolve" },
  LG4054: { severity: "error", title: "alias, id or membership declared twice on one proxy" },
  LG4055: { severity: "warning", title: "budget above its team's budget" },

  LG5001: { severity: "error", title: "output wiring broken (internal check)" },
  LG5002: { severity: "error", title: "rendered output is stale" },
  LG5003: { severity: "error", title: "output folder cannot be written" },
  LG5020: { severity: "error", title: "journal not written by a build of this folder" },
  LG5021: { severity: "error", title: "committed build could not be completed" },
  LG5022: { severity: "error", title: "standard output cannot be written" },
  LG5080: { severity: "error", title: "graph file cannot be written" },

  // `import` (src/importer): reading an existing LiteLLM config.yaml, models.yaml or Helm values.
  LG6001: { severity: "error", title: "not a LiteLLM config, model list or Helm values file" },
  LG6002: { severity: "error", title: "included file not found" },
  LG6003: { severity: "error", title: "include cycle" },
  LG6004: { severity: "error", title: "invalid LiteLLM config structure" },
  LG6005: { severity: "warning", title: "literal credential imported as a Secret reference" },
  LG6006: { severity: "warning", title: "setting not carried over by import" },
  LG6007: { severity: "warning", title: "imported setup behaves differently" },
  LG6008: { severity: "error", title: "conflicting import inputs" },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export interface Location {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export function diagnostic(
  code: DiagnosticCode,
  at: Location,
  message: string,
  hint?: string,
): Diagnostic {
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

