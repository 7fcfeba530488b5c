/** The output formats of diagnostics: a leaf, so that parsing arguments loads no formatter (format/index.ts). */
export type Format = "text" | "json" | "github";
export const FORMATS: readonly Format[] = ["text", "json", "github"];
