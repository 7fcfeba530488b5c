/**
 * Characters that a terminal acts on or that reorder what it shows: C0 controls but tab,
 * DEL, C1 controls (ESC sequences, OSC titles, `\e[2J`), and the bidirectional overrides,
 * embeddings, isolates and marks (U+202E makes `txt.exe` read `exe.txt`), plus the line and
 * paragraph separators. Input is shown with them escaped, never raw.
 */
export const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

