/**
 * Code frames show the lines around each diagnostic. The CLI's redaction masks values under
 * credential-looking keys, but an import also flags values it would not recognise (a
 * database URL with a password in it, a literal under `password:` in a list). Every literal
 * the import moved to a Secret is therefore masked in the text before any frame is printed.
 */
import type { Diagnostic } from "../compiler/diagnostics.js";
import { MASK } from "../litellm/index.js";

export function maskSources(texts: ReadonlyMap<string, string>, hidden: ReadonlyMap<string, ReadonlySet<string>>, diagnostics: readonly Diagnostic[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, text] of texts) {
    let masked = text;
    // Longest first, so that a value containing another is masked whole.
    const values = [...(hidden.get(file) ?? [])].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
    for (const value of values) masked = masked.split(value).join(MASK);
    const lines = masked.split("\n");
    for (const d of diagnostics) {
      if (d.file !== file || d.code !== "LG6005" || d.line < 1) continue;
      const line = lines[d.line - 1];
      // A value written in another form (quoted with escapes, folded): mask from its column on.
      if (line !== undefined) lines[d.line - 1] = line.slice(0, Math.max(0, d.column - 1)) + MASK;
    }
    out.set(file, lines.join("\n"));
  }
  return out;
}
