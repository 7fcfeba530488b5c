import { CODES, type Diagnostic } from "../compiler/diagnostics.js";
import { redactLines } from "./redact.js";

export type Format = "text" | "json" | "github";
export const FORMATS: readonly Format[] = ["text", "json", "github"];

export interface ReportOptions {
  format: Format;
  color: boolean;
  /** File texts for code frames; a file not in it gets no frame. */
  sources: ReadonlyMap<string, string>;
}

/** Diagnostics as text for a terminal or a log, one block each, with a masked code frame. */
export function formatText(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const paint = painter(options.color);
  const redacted = new Map<string, string[]>();
  // Lines where a rule found a credential, per file: every frame that shows one, its own or a
  // neighbour's, masks every value on it.
  const flagged = new Map<string, Set<number>>();
  for (const d of diagnostics) {
    if (!CREDENTIAL_CODES.has(d.code) || d.line <= 0) continue;
    if (!flagged.has(d.file)) flagged.set(d.file, new Set());
    flagged.get(d.file)!.add(d.line);
  }
  const linesOf = (file: string): string[] | undefined => {
    const text = options.sources.get(file);
    if (text === undefined) return undefined;
    if (!redacted.has(file)) redacted.set(file, redactLines(text, flagged.get(file)).map(escapeControls));
    return redacted.get(file);
  };
  const blocks = diagnostics.map((d) => {
    const where = escapeControls(d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);
    const severity = d.severity === "error" ? paint.red("error") : paint.yellow("warning");
    let block = `${paint.bold(where)} ${severity} ${paint.dim(d.code)} ${escapeControls(d.message)}\n`;
    const lines = d.line > 0 ? linesOf(d.file) : undefined;
    if (lines) block += codeFrame(lines, d.line, d.column, paint);
    if (d.hint) block += `  ${paint.cyan("hint:")} ${escapeControls(d.hint)}\n`;
    return block;
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) blocks.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}\n`);
  return blocks.join("\n");
}

/** Codes whose place is a credential value: frames mask every value on their lines. */
const CREDENTIAL_CODES: ReadonlySet<string> = new Set(["LG3008", "LG6005"]);

/**
 * Characters that a terminal acts on or that reorder what it shows: C0 controls but tab,
 * DEL, C1 controls (ESC sequences, OSC titles, `\e[2J`), and the bidirectional overrides,
 * embeddings, isolates and marks (U+202E makes `txt.exe` read `exe.txt`), plus the line and
 * paragraph separators. Input is shown with them escaped, never raw.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  // JSON.stringify escapes C0 controls itself; the rest are escaped as \uXXXX too, which JSON
  // reads back as the same characters.
  return JSON.stringify(diagnostics, null, 2).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}

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

function codeFrame(lines: string[], line: number, column: number, paint: Painter): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  let out = "";
  // A minified or generated line can be megabytes long: show a window around the column.
  const start = Math.max(0, column - 1 - Math.floor(FRAME_WIDTH / 2));
  for (let n = first; n <= last; n++) {
    const marker = n === line ? paint.red(">") : " ";
    const full = (lines[n - 1] ?? "").replace(/\t/g, " ");
    const from = full.length > FRAME_WIDTH ? start : 0;
    const text = (from > 0 ? "…" : "") + full.slice(from, from + FRAME_WIDTH) + (full.length > from + FRAME_WIDTH ? "…" : "");
    out += `${marker} ${paint.dim(String(n).padStart(width) + " |")} ${text}\n`;
    const caret = column - 1 - from + (from > 0 ? 1 : 0);
    if (n === line) out += `  ${" ".repeat(width)} ${paint.dim("|")} ${" ".repeat(Math.max(0, caret))}${paint.red("^")}\n`;
  }
  return out;
}

const FRAME_WIDTH = 160;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function escapeData(s: string): string {
  return escapeControls(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

interface Painter {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "");
}
