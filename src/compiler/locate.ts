import type { Location } from "./diagnostics.js";
import type { LocateTarget, ParsedDocument } from "./parse.js";

/** Where a pointer of a document is, as a diagnostic location. */
export function locationOf(doc: ParsedDocument, pointer: string, target: LocateTarget = "value"): Location {
  const { line, column } = doc.locate(pointer, target);
  return { file: doc.file, line, column, pointer };
}
