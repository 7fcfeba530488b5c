/**
 * The text format (the default): for a person reading a terminal or a log. Diagnostics one
 * block each with a masked code frame, and `build --check` drift one line per file.
 */
import type { Diagnostic } from "../../compiler/diagnostics.js";
import { fixCommand, type Drift } from "../../write/drift.js";
import { redactLines } from "../redact.js";
import { escapeControls } from "./controls.js";

export interface TextOptions {
  color: boolean;
  /** File texts for code frames; a file not in it gets no frame. */
  sources: ReadonlyMap<string, string>;
}

/** Diagnostics as text for a terminal or a log, one block each, with a masked code frame. */
export function formatText(diagnostics: readonly Diagnostic[], options: TextOptions): string {
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

/** `build --check` drift, on stderr: one line per file, then what to run. */
export function driftText(drift: Drift): string {
  const lines = [
    ...drift.missing.map((f) => `missing: ${f}`),
    ...drift.stale.map((f) => `stale: ${f}`),
    ...drift.extra.map((f) => `no longer produced: ${f}`),
  ];
  return `${lines.join("\n")}\n${drift.out} is out of date: run \`${fixCommand(drift.out)}\` and commit the result\n`;
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
