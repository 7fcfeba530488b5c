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
  const linesOf = (file: string): string[] | undefined => {
    const text = options.sources.get(file);
    if (text === undefined) return undefined;
    if (!redacted.has(file)) redacted.set(file, redactLines(text));
    return redacted.get(file);
  };
  const blocks = diagnostics.map((d) => {
    const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
    const severity = d.severity === "error" ? paint.red("error") : paint.yellow("warning");
    let block = `${paint.bold(where)} ${severity} ${paint.dim(d.code)} ${d.message}\n`;
    const lines = d.line > 0 ? linesOf(d.file) : undefined;
    if (lines) block += codeFrame(lines, d.line, d.column, paint);
    if (d.hint) block += `  ${paint.cyan("hint:")} ${d.hint}\n`;
    return block;
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) blocks.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}\n`);
  return blocks.join("\n");
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(diagnostics, null, 2) + "\n";
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
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
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
